package dev.smhtoken.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items produced on workers to the UI thread in batches, in the order they came: at most one
 * hop per {@code periodMillis}, however many items arrive, so a thousand renews finishing together
 * never flood the FX thread with a thousand tasks.
 */
public final class UiBatcher<T> {
    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final TaskExecutor executor;
    private final long periodMillis;
    private final Consumer<List<T>> onUiThread;

    public UiBatcher(TaskExecutor executor, long periodMillis, Consumer<List<T>> onUiThread) {
        this.executor = executor;
        this.periodMillis = periodMillis;
        this.onUiThread = onUiThread;
    }

    /** Any thread. */
    public void add(T item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            executor.onUiThreadAfter(periodMillis, this::flush);
        }
    }

    private void flush() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T next = pending.poll(); next != null; next = pending.poll()) {
            batch.add(next);
        }
        if (!batch.isEmpty()) {
            onUiThread.accept(batch);
        }
    }
}
