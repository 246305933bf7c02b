package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU of the app hidden in the tray against the app with its window shown, side by side over the
 * same seconds, each with a vault of its own (one data folder takes one window). The hidden one is
 * started as the login item starts it, {@code --background}: the icon in the tray, the window never
 * shown, the clock and auto-renew running. Measured as {@link IdleCpuBench} measures: after the
 * first window of time, which still holds start-up's tail.
 */
final class HiddenIdleBench {
    /** Percent of one core over the second window of time. */
    record Result(double hidden, double shown, int seconds) {
        double ratio() {
            return hidden / shown;
        }
    }

    private final BenchConfig config;
    private final Launches launches;

    HiddenIdleBench(BenchConfig config) {
        this.config = config;
        this.launches = new Launches(config);
    }

    Result run(Path hiddenVault, Path shownVault) throws Exception {
        try (TrayHost tray = TrayHost.start(config.workDir().resolve("trayer.log"));
             ChildJvm hidden = launches.app(hiddenVault, List.of(), List.of("--background"));
             ChildJvm shown = launches.app(shownVault, List.of())) {
            shown.awaitMarker(config.shownMarker(), StartupBench.TIMEOUT);
            tray.awaitIcon(StartupBench.TIMEOUT);
            Thread.sleep(Math.min(10, config.idleSeconds()) * 1000L);
            measure(hidden, shown);
            double[] then = measure(hidden, shown);
            return new Result(then[0], then[1], config.idleSeconds());
        }
    }

    private double[] measure(ChildJvm hidden, ChildJvm shown) throws Exception {
        long hidden0 = hidden.cpuTicks();
        long shown0 = shown.cpuTicks();
        long t0 = System.nanoTime();
        Thread.sleep(config.idleSeconds() * 1000L);
        long hidden1 = hidden.cpuTicks();
        long shown1 = shown.cpuTicks();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new double[] {percent(hidden1 - hidden0, seconds), percent(shown1 - shown0, seconds)};
    }

    private static double percent(long ticks, double seconds) throws IOException {
        return ticks / (double) IdleCpuBench.clockTicksPerSecond() / seconds * 100;
    }
}
