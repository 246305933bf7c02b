package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU of the whole process while the window just counts: the app with a vault shown and the bare
 * window updating its label each second, side by side over the same seconds.
 */
final class IdleCpuBench {
    /** Percent of one core. */
    record Result(double app, double bare, int seconds) {
        double ratio() {
            return app / bare;
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
            // Let start-up work (JIT, the first GCs, class loading) settle before counting.
            Thread.sleep(Math.min(10, config.idleSeconds()) * 1000L);
            long app0 = app.cpuTicks();
            long bare0 = bare.cpuTicks();
            long t0 = System.nanoTime();
            Thread.sleep(config.idleSeconds() * 1000L);
            long app1 = app.cpuTicks();
            long bare1 = bare.cpuTicks();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(percent(app1 - app0, seconds), percent(bare1 - bare0, seconds), config.idleSeconds());
        }
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
