package dev.smhtoken.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How big and how long each measurement is. {@link #full} is what {@code bench/run} measures the
 * budgets with; {@link #smoke} runs every code path at toy sizes so the harness cannot rot.
 *
 * @param jvmOptions   options for every child JVM (the app's and the bare window's alike): the software
 *                     renderer and the packaged launcher's options
 * @param workDir      where vaults, logs and archives go
 * @param shownMarker  what a started app prints when its window shows what the benchmark waits for:
 *                     the tokens; in the smoke test, which has no OS keychain, the first frame (the app
 *                     asks for a master password there)
 * @param appClassPath  the class path a started app gets: what its launcher gives it, the app's jar and
 *                      the jars it names, not the harness's test class path (test jars, a test logging
 *                      configuration)
 * @param bareClassPath the bare window's: the harness's jar, then the same jars as the app's
 * @param appImageLauncher the launcher of an installed app image (its runtime carries the packaged CDS
 *                         archive), or null when none was built
 */
record BenchConfig(int startTokens, int startRuns, int bigTokens, int warmupTicks, int ticks, int idleSeconds,
                   int renewTokens, int renewConcurrency, boolean cds, boolean jmh, List<String> jvmOptions,
                   Path workDir, String shownMarker, String appClassPath, String bareClassPath,
                   Path appImageLauncher) {

    /** {@code bench/run}'s sizes; it names the two class paths in {@code BENCH_APP_CP} and {@code BENCH_BARE_CP}. */
    static BenchConfig full(Path workDir, boolean jmh) {
        return new BenchConfig(1_000, 5, 10_000, 15, 60, 60, 1_000, 4, true, jmh,
                withLauncherOptions("-Dprism.order=sw"), workDir, "FIRST_CONTENT_FRAME",
                required("BENCH_APP_CP"), required("BENCH_BARE_CP"), optionalPath("BENCH_APP_IMAGE_LAUNCHER"));
    }

    /** Tiny sizes, Monocle's headless platform, no thresholds: for the smoke test in {@code mvn verify}. */
    static BenchConfig smoke(Path workDir) {
        return new BenchConfig(20, 1, 20, 1, 3, 2, 20, 4, false, false,
                withLauncherOptions("-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                        "-Dprism.text=t2k", "-Djava.awt.headless=true"), workDir, "FIRST_FRAME",
                // Monocle, the headless platform, is a test dependency: both get the whole test class path.
                ChildJvm.classPath(), ChildJvm.classPath(), null);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: start the benchmark with bench/run");
        }
        return value;
    }

    private static Path optionalPath(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static List<String> withLauncherOptions(String... options) {
        return Stream.concat(Stream.of(options), LauncherOptions.read(LauncherOptions.APP_IMAGE_ARGS).stream()).toList();
    }
}
