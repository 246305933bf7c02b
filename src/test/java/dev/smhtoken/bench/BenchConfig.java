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
 */
record BenchConfig(int startTokens, int startRuns, int bigTokens, int warmupTicks, int ticks, int idleSeconds,
                   int renewTokens, int renewConcurrency, boolean cds, boolean jmh, List<String> jvmOptions,
                   Path workDir, String shownMarker) {

    static BenchConfig full(Path workDir, boolean jmh) {
        return new BenchConfig(1_000, 5, 10_000, 15, 60, 60, 1_000, 4, true, jmh,
                withLauncherOptions("-Dprism.order=sw"), workDir, "FIRST_CONTENT_FRAME");
    }

    /** Tiny sizes, Monocle's headless platform, no thresholds: for the smoke test in {@code mvn verify}. */
    static BenchConfig smoke(Path workDir) {
        return new BenchConfig(20, 1, 20, 1, 3, 2, 20, 4, false, false,
                withLauncherOptions("-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                        "-Dprism.text=t2k", "-Djava.awt.headless=true"), workDir, "FIRST_FRAME");
    }

    private static List<String> withLauncherOptions(String... options) {
        return Stream.concat(Stream.of(options), LauncherOptions.read(LauncherOptions.APP_IMAGE_ARGS).stream()).toList();
    }
}
