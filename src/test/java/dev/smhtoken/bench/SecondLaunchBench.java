package dev.smhtoken.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second launch while the app runs: the app's window open on a vault, then the app started again
 * on the same data folder, {@code startRuns} times. Measured from the moment the second process is
 * started until the running window reports it came to the front ({@code BROUGHT_FORWARD}, printed
 * by the window under the first-frame switch), and until the second process has ended.
 */
final class SecondLaunchBench {
    /** Medians in milliseconds. */
    record Result(double inFront, double gone, int runs) {
    }

    private final BenchConfig config;
    private final Launches launches;

    SecondLaunchBench(BenchConfig config) {
        this.config = config;
        this.launches = new Launches(config);
    }

    Result run(Path vault) throws Exception {
        List<Double> inFront = new ArrayList<>();
        List<Double> gone = new ArrayList<>();
        try (ChildJvm window = launches.app(vault, List.of())) {
            window.awaitMarker(config.shownMarker(), StartupBench.TIMEOUT);
            Thread.sleep(1000); // the window's start-up tail (theme, first layouts) is not the second launch's
            for (int i = 0; i < config.startRuns(); i++) {
                try (ChildJvm second = launches.secondLaunch(vault)) {
                    int exitCode = second.awaitExit(StartupBench.TIMEOUT);
                    double goneMillis = (ChildJvm.epochMicros() - second.startedAtMicros()) / 1e3;
                    if (exitCode != 0) {
                        throw new IllegalStateException("the second launch ended with " + exitCode
                                + " instead of handing over (see second-launch.log)");
                    }
                    long front = window.awaitMarkerAfter("BROUGHT_FORWARD", second.startedAtMicros(),
                            StartupBench.TIMEOUT);
                    inFront.add((front - second.startedAtMicros()) / 1e3);
                    gone.add(goneMillis);
                }
            }
        }
        return new Result(Stats.median(inFront), Stats.median(gone), config.startRuns());
    }
}
