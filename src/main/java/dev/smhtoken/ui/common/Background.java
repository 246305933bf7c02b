package dev.smhtoken.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Runs blocking work (files, network) on the app's worker pool and hands the result, or the
 * failure as a sentence for the user, back on the FX thread.
 */
public final class Background {
    private final Executor workers;
    private final Supplier<Messages> language;

    /** @param language the texts the window speaks when a failure comes back (it may change meanwhile) */
    public Background(Executor workers, Supplier<Messages> language) {
        this.workers = workers;
        this.language = language;
    }

    public Executor workers() {
        return workers;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        return attempt(work, onSuccess, failure -> onFailure.accept(UserMessages.of(failure, language.get())));
    }

    /** Like {@link #run}, handing over the failure itself (to say it again in another language later). */
    public <T> Task<T> attempt(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        workers.execute(task);
        return task;
    }
}
