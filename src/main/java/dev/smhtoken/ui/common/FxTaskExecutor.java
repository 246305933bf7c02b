package dev.smhtoken.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's {@link TaskExecutor}: work on the app's worker pool, results on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final Executor workers;
    private final ScheduledExecutorService timers;

    /** @param timers paces the delayed hops ({@link #onUiThreadAfter}); the app owns and closes both */
    public FxTaskExecutor(Executor workers, ScheduledExecutorService timers) {
        this.workers = workers;
        this.timers = timers;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | LinkageError e) {
                Platform.runLater(() -> onFailure.accept(e));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void onUiThread(Runnable task) {
        Platform.runLater(task);
    }

    @Override
    public void onUiThreadAfter(long millis, Runnable task) {
        try {
            timers.schedule(() -> Platform.runLater(task), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // The app is closing: nothing is left to show it.
            LOG.debug("a hop onto the FX thread was dropped while closing");
        }
    }
}
