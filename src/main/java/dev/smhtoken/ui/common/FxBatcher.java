package dev.smhtoken.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items produced on workers to the FX thread in batches: at most one hop onto the FX thread
 * per {@code periodMillis}, however many items arrive, so a thousand renews finishing together
 * never flood the FX thread with a thousand tasks.
 */
public final class FxBatcher<T> {
    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timers;
    private final Consumer<Runnable> fxThread;
    private final long periodMillis;
    private final Consumer<List<T>> onFx;

    public FxBatcher(ScheduledExecutorService timers, Consumer<Runnable> fxThread, long periodMillis,
                     Consumer<List<T>> onFx) {
        this.timers = timers;
        this.fxThread = fxThread;
        this.periodMillis = periodMillis;
        this.onFx = onFx;
    }

    /** Any thread. */
    public void add(T item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            try {
                timers.schedule(() -> fxThread.accept(this::flush), periodMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                scheduled.set(false);
            }
        }
    }

    private void flush() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T next = pending.poll(); next != null; next = pending.poll()) {
            batch.add(next);
        }
        if (!batch.isEmpty()) {
            onFx.accept(batch);
        }
    }
}
