package dev.smhtoken.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Saves renew results in batches, paced by time. A vault save re-reads, re-encrypts and flushes the
 * whole file (about the same work for one changed token as for a thousand), so while more SMH
 * answers are on their way a change waits and goes with the others: at most one save per
 * {@link #HOLD}. A change is saved at once when nothing else is awaited (a single renew, the last
 * one of a renew-many) or when it is urgent (SMH answered with a different token value, and the
 * old one may no longer work). So a renewed token reaches the vault within {@link #HOLD} plus the
 * time of two saves, and by the end of the run in any case.
 *
 * <p>No thread of its own: a submitting worker saves when a batch is due; when one is held, a
 * timer hands the save to the worker pool at its deadline.
 */
final class SaveBatcher {
    /** The longest a non-urgent change waits for others to join its save. */
    static final Duration HOLD = Duration.ofMillis(250);

    /** Runs a task on a worker after a delay in nanoseconds. */
    interface Timer {
        void after(long delayNanos, Runnable task);
    }

    interface SavedCallback {
        /** Gets the saved vault, or null with {@code failure} set when the save failed. */
        void saved(Vault vault, RuntimeException failure);
    }

    private record Change(UnaryOperator<Vault> change, SavedCallback onSaved, boolean urgent) {
    }

    private final VaultStore store;
    private final IntSupplier answersAwaited;
    private final LongSupplier nanoTime;
    private final Timer timer;
    private final long holdNanos;
    private final Queue<Change> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger urgentQueued = new AtomicInteger();
    private final AtomicBoolean timerArmed = new AtomicBoolean();
    private final ReentrantLock saving = new ReentrantLock();
    private volatile long lastSaveEnded = Long.MIN_VALUE;
    private volatile boolean saved;

    /**
     * @param answersAwaited how many renews still wait for SMH's answer (their results may join a batch)
     * @param nanoTime       {@link System#nanoTime}, or a test's clock
     */
    SaveBatcher(VaultStore store, Duration hold, IntSupplier answersAwaited, LongSupplier nanoTime, Timer timer) {
        this.store = store;
        this.holdNanos = hold.toNanos();
        this.answersAwaited = answersAwaited;
        this.nanoTime = nanoTime;
        this.timer = timer;
    }

    /** Queues {@code change} (applied to the newest saved vault); saves now if a batch is due. */
    void submit(UnaryOperator<Vault> change, SavedCallback onSaved, boolean urgent) {
        if (urgent) {
            urgentQueued.incrementAndGet();
        }
        queue.add(new Change(change, onSaved, urgent));
        drain();
    }

    /** Call when an awaited answer came or will not come: the last one makes the batch due. */
    void answersChanged() {
        drain();
    }

    /** Saves everything queued before returning (before the app closes or the vault is locked). */
    void saveNow() {
        Runnable tellCallers;
        saving.lock();
        try {
            tellCallers = save(takeAll());
        } finally {
            saving.unlock();
        }
        tellCallers.run();
    }

    /** Changes waiting for their save. */
    int queued() {
        return queue.size();
    }

    private void drain() {
        // Re-checked after each save: whoever failed to get the lock while this thread saved left its
        // change in the queue for this loop.
        while (isDue()) {
            if (!saving.tryLock()) {
                return;
            }
            Runnable tellCallers;
            try {
                tellCallers = save(takeAll());
            } finally {
                saving.unlock();
            }
            // Outside the lock: a caller told may queue the next change at once.
            tellCallers.run();
        }
        if (!queue.isEmpty()) {
            armTimer();
        }
    }

    private boolean isDue() {
        if (queue.isEmpty()) {
            return false;
        }
        return urgentQueued.get() > 0 || answersAwaited.getAsInt() == 0 || !saved
                || nanoTime.getAsLong() - lastSaveEnded >= holdNanos;
    }

    private void armTimer() {
        if (!timerArmed.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, holdNanos - (nanoTime.getAsLong() - lastSaveEnded));
        try {
            timer.after(wait, () -> {
                timerArmed.set(false);
                drain();
            });
        } catch (RuntimeException closing) {
            // The pool is shutting down; whoever closes it saves what is left (saveNow).
            timerArmed.set(false);
        }
    }

    private List<Change> takeAll() {
        List<Change> batch = new ArrayList<>();
        for (Change next = queue.poll(); next != null; next = queue.poll()) {
            batch.add(next);
            if (next.urgent()) {
                urgentQueued.decrementAndGet();
            }
        }
        return batch;
    }

    /** Saves {@code batch}; returns what tells each change's caller how it went. */
    private Runnable save(List<Change> batch) {
        if (batch.isEmpty()) {
            return () -> { };
        }
        Vault result;
        try {
            result = store.update(vault -> {
                Vault changed = vault;
                for (Change change : batch) {
                    changed = change.change().apply(changed);
                }
                return changed;
            });
        } catch (RuntimeException failure) {
            return () -> batch.forEach(change -> change.onSaved().saved(null, failure));
        } finally {
            lastSaveEnded = nanoTime.getAsLong();
            saved = true;
        }
        return () -> batch.forEach(change -> change.onSaved().saved(result, null));
    }
}
