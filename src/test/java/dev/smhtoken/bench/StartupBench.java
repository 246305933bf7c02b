package dev.smhtoken.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start to first frame: the app with a vault vs the bare window, each started the same way,
 * alternating, {@code startRuns} times; then the app again with a dynamic AppCDS archive.
 */
final class StartupBench {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Medians in milliseconds; {@code appWithCds} is NaN when CDS was not measured. */
    record Result(double bare, double appFirstFrame, double appWithTokens, double appWithCds, int runs) {
        double ratio() {
            return appWithTokens / bare;
        }
    }

    private final BenchConfig config;
    private final Launches launches;

    StartupBench(BenchConfig config) {
        this.config = config;
        this.launches = new Launches(config);
    }

    Result run(Path vault) throws Exception {
        List<Double> bare = new ArrayList<>();
        List<Double> appFirst = new ArrayList<>();
        List<Double> appTokens = new ArrayList<>();
        for (int i = 0; i < config.startRuns(); i++) {
            try (ChildJvm child = launches.bare(List.of())) {
                bare.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
            try (ChildJvm child = launches.app(vault, List.of())) {
                appFirst.add(millis(child.awaitMarker("FIRST_FRAME", TIMEOUT)));
                appTokens.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
        }
        double withCds = config.cds() ? appWithCds(vault) : Double.NaN;
        return new Result(Stats.median(bare), Stats.median(appFirst), Stats.median(appTokens), withCds,
                config.startRuns());
    }

    /** Dumps a dynamic archive from one run of the app (as the packaging does), then starts with it. */
    private double appWithCds(Path vault) throws Exception {
        Path archive = config.workDir().resolve("app-dynamic.jsa");
        Files.deleteIfExists(archive);
        try (ChildJvm child = launches.app(vault, List.of("-XX:ArchiveClassesAtExit=" + archive))) {
            child.awaitMarker(config.shownMarker(), TIMEOUT);
            Thread.sleep(1000);
            child.stopGently();
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the JVM wrote no CDS archive (is every class path entry a jar?)");
        }
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < config.startRuns(); i++) {
            try (ChildJvm child = launches.app(vault, List.of("-XX:SharedArchiveFile=" + archive))) {
                runs.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
        }
        return Stats.median(runs);
    }

    static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
