package dev.smhtoken.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one clock of the window: publishes {@code now} on the FX thread just after each wall-clock
 * second. A scheduled task that hops onto the FX thread once a second, rather than a Timeline,
 * because a running Timeline keeps the toolkit pulsing every frame and costs idle CPU.
 *
 * <p>Each tick is scheduled against the wall clock afresh, so the ticks do not drift and resume
 * on the right second after the machine sleeps. If the FX thread is still busy with the previous
 * tick, the next one is skipped rather than queued.
 */
public final class SecondTicker implements AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final AtomicBoolean tickPending = new AtomicBoolean();
    private volatile ScheduledFuture<?> next;
    private volatile boolean running;

    /**
     * @param fxThread runs a task on the FX thread ({@code Platform::runLater} in the app)
     */
    public SecondTicker(Clock clock, ScheduledExecutorService scheduler, Consumer<Runnable> fxThread) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.fxThread = fxThread;
        this.now = new ReadOnlyObjectWrapper<>(this, "now", clock.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    public synchronized void start() {
        if (!running) {
            running = true;
            scheduleNext();
        }
    }

    /** Stops ticking (for instance while the window is minimised); {@link #start()} resumes. */
    public synchronized void stop() {
        running = false;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** Publishes the current time at once (after a wake-up, or when a test moved its clock). */
    public void tickNow() {
        if (tickPending.compareAndSet(false, true)) {
            fxThread.accept(() -> {
                tickPending.set(false);
                now.set(clock.instant());
            });
        }
    }

    private synchronized void scheduleNext() {
        if (!running) {
            return;
        }
        long millisIntoSecond = Math.floorMod(clock.millis(), 1000L);
        // A few milliseconds past the boundary, so the published second has surely begun.
        long delay = 1000L - millisIntoSecond + 5;
        next = scheduler.schedule(() -> {
            tickNow();
            scheduleNext();
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        stop();
    }
}
