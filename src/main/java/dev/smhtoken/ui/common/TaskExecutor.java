package dev.smhtoken.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one road between the window's state and the background: blocking work (files, network) runs
 * on a worker, and its result, or its failure, comes back on the UI thread, where alone observable
 * state changes. View models get one by constructor: the window's runs on the app's workers and the
 * FX thread ({@link FxTaskExecutor}); tests run everything at once on their own thread
 * ({@link CurrentThreadTaskExecutor}), with no toolkit at all.
 */
public interface TaskExecutor {
    /** Runs {@code work} on a worker; {@code onSuccess} or {@code onFailure} then runs on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code task} on the UI thread (from any thread): results that arrive from elsewhere come in here. */
    void onUiThread(Runnable task);

    /** Runs {@code task} on the UI thread after about {@code millis} (from any thread), to gather a burst into one hop. */
    void onUiThreadAfter(long millis, Runnable task);

    /** Runs {@code work} on a worker for its effect alone; a failure is dropped (work that may fail quietly). */
    default void runQuietly(Callable<?> work) {
        run(work, done -> { }, failure -> { });
    }
}
