package dev.smhtoken.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.smhtoken.vault.KeychainAccess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * FX-thread time of one clock tick with a big vault shown: the listeners that run when the clock
 * publishes {@code now}, plus the pulse that follows (CSS, layout, and the sync to the renderer).
 * Counted as the FX thread's own CPU time, so that other processes on a busy machine do not
 * inflate it; the wall-clock time of the same spans is reported beside it.
 *
 * <p>The listeners are timed from a listener added before any cell exists (so it runs first) to a
 * change listener (change listeners run after every invalidation listener, which is what the
 * cells and rows use). The pulse is timed from its pre-layout hook to a task posted from its
 * post-layout hook, which runs when the whole pulse is over.
 */
final class TickBench {
    /** Milliseconds. */
    record Result(double median, double max, double medianListeners, double medianPulse, int ticks, int tokens,
                  double medianWall, double maxWall) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final BenchConfig config;
    private volatile long tickStarted;
    private volatile long listenersDone;
    private volatile long pulseStarted;
    private volatile long tickStartedCpu;
    private volatile long listenersDoneCpu;
    private volatile long pulseStartedCpu;
    private volatile boolean awaitingPulse;
    private volatile CountDownLatch pulseDone;
    private final List<Double> listenerTimes = new ArrayList<>();
    private final List<Double> pulseTimes = new ArrayList<>();
    private final List<Double> wallTimes = new ArrayList<>();

    TickBench(BenchConfig config) {
        this.config = config;
    }

    /** @param keychain holds the key of {@code vault} (written in this process) */
    Result run(Path vault, KeychainAccess keychain) throws Exception {
        SteppingClock clock = new SteppingClock(Instant.now());
        InvalidationListener first = o -> {
            tickStarted = System.nanoTime();
            tickStartedCpu = THREADS.getCurrentThreadCpuTime();
        };
        ChangeListener<Instant> last = (o, was, now) -> {
            listenersDone = System.nanoTime();
            listenersDoneCpu = THREADS.getCurrentThreadCpuTime();
            awaitingPulse = true;
            Platform.requestNextPulse();
        };
        try (OpenWindow window = OpenWindow.open(vault, keychain, clock, app -> {
            app.ticker().nowProperty().addListener(first);
            app.ticker().nowProperty().addListener(last);
        })) {
            Scene scene = FxRuntime.call(() -> window.stage.getScene());
            FxRuntime.run(() -> {
                window.app.ticker().stop(); // the benchmark drives the ticks itself
                scene.addPreLayoutPulseListener(() -> {
                    if (awaitingPulse) {
                        pulseStarted = System.nanoTime();
                        pulseStartedCpu = THREADS.getCurrentThreadCpuTime();
                    }
                });
                scene.addPostLayoutPulseListener(() -> {
                    if (awaitingPulse) {
                        awaitingPulse = false;
                        Platform.runLater(this::pulseOver);
                    }
                });
            });
            int allTicks = config.warmupTicks() + config.ticks();
            List<String> drawnBeforeLastTick = List.of();
            for (int i = 0; i < allTicks; i++) {
                if (i == allTicks - 1) {
                    drawnBeforeLastTick = FxRuntime.call(() -> ScreenCheck.drawnCountdowns(scene));
                }
                if (i == config.warmupTicks()) {
                    listenerTimes.clear();
                    pulseTimes.clear();
                    wallTimes.clear();
                }
                pulseDone = new CountDownLatch(1);
                clock.step(Duration.ofSeconds(1));
                window.app.ticker().tickNow();
                if (!pulseDone.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no pulse followed tick " + i);
                }
                Thread.sleep(100);
            }
            List<String> beforeLast = drawnBeforeLastTick;
            FxRuntime.run(() -> ScreenCheck.requireCountdownsShowLastTick(scene, beforeLast));
        }
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < listenerTimes.size(); i++) {
            totals.add(listenerTimes.get(i) + pulseTimes.get(i));
        }
        return new Result(Stats.median(totals), Stats.max(totals), Stats.median(listenerTimes),
                Stats.median(pulseTimes), totals.size(), config.bigTokens(), Stats.median(wallTimes),
                Stats.max(wallTimes));
    }

    private void pulseOver() {
        long end = System.nanoTime();
        long endCpu = THREADS.getCurrentThreadCpuTime();
        listenerTimes.add((listenersDoneCpu - tickStartedCpu) / 1e6);
        pulseTimes.add((endCpu - pulseStartedCpu) / 1e6);
        wallTimes.add((listenersDone - tickStarted + end - pulseStarted) / 1e6);
        pulseDone.countDown();
    }
}
