package dev.smhtoken.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cold start to first frame: the app with a vault, the bare window and the bare token table, each
 * started the same way, in turn, {@code startRuns} times, and the installed app image when there is one;
 * then the app and the table again, each with a dynamic AppCDS archive of its own.
 */
final class StartupBench {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * Medians in milliseconds; the CDS ones are NaN when CDS was not measured.
     *
     * @param table        the bare token table: the floor under any window listing the tokens in a table
     * @param tableWithCds the same with its own archive
     * @param appImage     the installed app image through its launcher, with the packaged archive; NaN
     *                     when none was built
     */
    record Result(double bare, double appFirstFrame, double appWithTokens, double table, double appWithCds,
                  double tableWithCds, double appImage, int runs) {
        double ratio() {
            return appWithTokens / bare;
        }

        double tableRatio() {
            return table / bare;
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
        List<Double> table = new ArrayList<>();
        List<Double> appImage = new ArrayList<>();
        for (int i = 0; i < config.startRuns(); i++) {
            try (ChildJvm child = launches.bare(List.of())) {
                bare.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
            try (ChildJvm child = launches.app(vault, List.of())) {
                appFirst.add(millis(child.awaitMarker("FIRST_FRAME", TIMEOUT)));
                appTokens.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
            try (ChildJvm child = launches.table(config.startTokens(), List.of())) {
                table.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
            }
            if (config.appImageLauncher() != null) {
                try (ChildJvm child = launches.appImage(config.appImageLauncher(), vault)) {
                    appImage.add(millis(child.awaitMarker(config.shownMarker(), TIMEOUT)));
                }
            }
        }
        double appWithCds = Double.NaN;
        double tableWithCds = Double.NaN;
        if (config.cds()) {
            Function<List<String>, ChildJvm> app = options -> launches.app(vault, options);
            Function<List<String>, ChildJvm> bareTable = options -> launches.table(config.startTokens(), options);
            Path appArchive = archive("app", app);
            Path tableArchive = archive("table", bareTable);
            List<Double> appRuns = new ArrayList<>();
            List<Double> tableRuns = new ArrayList<>();
            for (int i = 0; i < config.startRuns(); i++) {
                appRuns.add(startWith(appArchive, app));
                tableRuns.add(startWith(tableArchive, bareTable));
            }
            appWithCds = Stats.median(appRuns);
            tableWithCds = Stats.median(tableRuns);
        }
        return new Result(Stats.median(bare), Stats.median(appFirst), Stats.median(appTokens), Stats.median(table),
                appWithCds, tableWithCds, appImage.isEmpty() ? Double.NaN : Stats.median(appImage), config.startRuns());
    }

    /** Dumps a dynamic archive from one run of a program, to start it with afterwards. */
    private Path archive(String name, Function<List<String>, ChildJvm> program) throws Exception {
        Path archive = config.workDir().resolve(name + "-dynamic.jsa");
        Files.deleteIfExists(archive);
        try (ChildJvm child = program.apply(List.of("-XX:ArchiveClassesAtExit=" + archive))) {
            child.awaitMarker(config.shownMarker(), TIMEOUT);
            Thread.sleep(1000);
            child.stopGently();
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the JVM wrote no CDS archive (is every class path entry a jar?)");
        }
        return archive;
    }

    private double startWith(Path archive, Function<List<String>, ChildJvm> program) throws Exception {
        try (ChildJvm child = program.apply(List.of("-XX:SharedArchiveFile=" + archive))) {
            return millis(child.awaitMarker(config.shownMarker(), TIMEOUT));
        }
    }

    static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
