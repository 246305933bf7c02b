package dev.smhtoken.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs blocking work (files, network) on the app's worker pool and hands the result, or the
 * failure as a sentence for the user, back on the FX thread.
 */
public final class Background {
    private final Executor workers;

    public Background(Executor workers) {
        this.workers = workers;
    }

    public Executor workers() {
        return workers;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(UserMessages.of(task.getException())));
        workers.execute(task);
        return task;
    }
}
