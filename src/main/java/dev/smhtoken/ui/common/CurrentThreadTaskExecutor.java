package dev.smhtoken.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} that does everything at once on the calling thread: the work, then its
 * callback; a hop onto the UI thread runs in place, with no delay. View models run on it in tests
 * deterministically and without the toolkit.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable task) {
        task.run();
    }

    @Override
    public void onUiThreadAfter(long millis, Runnable task) {
        task.run();
    }
}
