package dev.smhtoken.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Where the FX thread's time went during a renew-all, for reading beside a JFR recording: each
 * pulse gap over 50 ms with when it ended, the FX thread's CPU time over the run, and the costliest
 * CSS + layout passes in CPU and wall time. On with {@code -Dbench.renew.trace=true}; it only
 * watches, so the measured numbers are the same with it on or off.
 */
final class RenewTrace {
    static final boolean ON = Boolean.getBoolean("bench.renew.trace");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Times in nanoseconds: start and end of a pulse's CSS + layout, wall and FX-thread CPU. */
    private record Pass(long start, long end, long cpuStart, long cpuEnd) {
        long cpu() {
            return cpuEnd - cpuStart;
        }
    }

    private final List<Pass> passes = new ArrayList<>();
    private final List<long[]> gaps = new ArrayList<>();
    private long passStart;
    private long passCpuStart;
    private long actionAt;
    private java.time.Instant actionWallClock;
    private long fxCpuAtAction;
    private long fxCpuAtEnd;
    private java.util.Map<String, Long> threadsAtAction = java.util.Map.of();
    private java.util.Map<String, Long> threadsAtEnd = java.util.Map.of();
    private final AnimationTimer gapWatch = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0 && now - last > 50_000_000L) {
                gaps.add(new long[] {now, now - last});
            }
            last = now;
        }
    };

    /** FX thread. */
    void install(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            passStart = System.nanoTime();
            passCpuStart = THREADS.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> passes.add(new Pass(passStart, System.nanoTime(), passCpuStart,
                THREADS.getCurrentThreadCpuTime())));
        gapWatch.start();
    }

    /** FX thread, just before the action. */
    void actionStarts() {
        actionAt = System.nanoTime();
        actionWallClock = java.time.Instant.now();
        fxCpuAtAction = THREADS.getCurrentThreadCpuTime();
        threadsAtAction = ProcessThreads.cpuMillisByName();
    }

    /** FX thread, once the run is reported finished. */
    void runEnded() {
        fxCpuAtEnd = THREADS.getCurrentThreadCpuTime();
        threadsAtEnd = ProcessThreads.cpuMillisByName();
        gapWatch.stop();
    }

    /** FX thread. */
    String report() {
        List<Pass> during = passes.stream().filter(p -> p.start() >= actionAt).toList();
        StringBuilder text = new StringBuilder(String.format(
                "[trace] action at %s (UTC); FX-thread CPU from the action to the end: %d ms; %d pulses, CSS + layout"
                        + " %d ms CPU%n", actionWallClock, ms(fxCpuAtEnd - fxCpuAtAction), during.size(), ms(during.stream().mapToLong(Pass::cpu).sum())));
        text.append("[trace] costliest CSS + layout passes (ms after the action: CPU / wall ms): ");
        during.stream().sorted(Comparator.comparingLong(Pass::cpu).reversed()).limit(8).forEach(p -> text.append(
                String.format("%d: %d/%d  ", ms(p.start() - actionAt), ms(p.cpu()), ms(p.end() - p.start()))));
        text.append(String.format("%n[trace] pulse gaps over 50 ms (ms after the action: gap ms): "));
        gaps.stream().filter(g -> g[0] >= actionAt).forEach(g -> text.append(
                String.format("%d: %d  ", ms(g[0] - actionAt), ms(g[1]))));
        text.append(String.format("%n[trace] CPU of this process's threads over the run (ms, by name): "));
        threadsAtEnd.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - threadsAtAction.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue()).append("  "));
        return text.toString();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
