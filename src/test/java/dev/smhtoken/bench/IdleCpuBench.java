package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU of the whole process while the window just counts: the app with a vault shown and the bare
 * window updating its label each second, side by side over the same seconds. Two windows of time
 * one after the other: the first (from shortly after the window shows) still holds start-up's
 * tail, chiefly the JIT compiling code that runs once a second and so crosses its threshold only
 * after a minute or more; the second is the idle of a window left open, which the budget is about.
 */
final class IdleCpuBench {
    /** Percent of one core: {@code app} and {@code bare} over the second window, the others over the first. */
    record Result(double app, double bare, double firstApp, double firstBare, int seconds) {
        double ratio() {
            return app / bare;
        }

        double firstRatio() {
            return firstApp / firstBare;
        }
    }

    private final BenchConfig config;
    private final Launches launches;

    IdleCpuBench(BenchConfig config) {
        this.config = config;
        this.launches = new Launches(config);
    }

    Result run(Path vault) throws Exception {
        try (ChildJvm app = launches.app(vault, List.of()); ChildJvm bare = launches.bare(List.of())) {
            app.awaitMarker(config.shownMarker(), StartupBench.TIMEOUT);
            bare.awaitMarker(config.shownMarker(), StartupBench.TIMEOUT);
            // Let the first frames, GCs and class loading pass before counting.
            Thread.sleep(Math.min(10, config.idleSeconds()) * 1000L);
            double[] first = measure(app, bare);
            double[] then = measure(app, bare);
            return new Result(then[0], then[1], first[0], first[1], config.idleSeconds());
        }
    }

    /** Percent of a core of each process over the next {@code idleSeconds}. */
    private double[] measure(ChildJvm app, ChildJvm bare) throws Exception {
        long app0 = app.cpuTicks();
        long bare0 = bare.cpuTicks();
        long t0 = System.nanoTime();
        Thread.sleep(config.idleSeconds() * 1000L);
        long app1 = app.cpuTicks();
        long bare1 = bare.cpuTicks();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new double[] {percent(app1 - app0, seconds), percent(bare1 - bare0, seconds)};
    }

    private static double percent(long ticks, double seconds) throws IOException {
        return ticks / (double) clockTicksPerSecond() / seconds * 100;
    }

    static long clockTicksPerSecond() throws IOException {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (InterruptedException | NumberFormatException e) {
            return 100; // Linux's USER_HZ nearly everywhere.
        }
    }
}
