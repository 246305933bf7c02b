package dev.smhtoken.bench;

import dev.smhtoken.app.FirstFrameReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started the way a user's launcher starts the app: plain {@code java} with a class path.
 * It reads the {@link FirstFrameReport} lines the child prints, and its CPU time and resident
 * memory from {@code /proc}.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final long startedAtMicros;
    private final Map<String, Long> markers = new ConcurrentHashMap<>();
    /** Every time each marker was printed, for markers a window prints more than once. */
    private final Map<String, List<Long>> everyMarker = new ConcurrentHashMap<>();

    private ChildJvm(Process process, long startedAtMicros) {
        this.process = process;
        this.startedAtMicros = startedAtMicros;
        Thread reader = new Thread(this::readMarkers, "bench-child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} on {@code classPath} with the first-frame report on. */
    static ChildJvm start(List<String> jvmOptions, String classPath, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions);
        command.add("-D" + FirstFrameReport.PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return launch(new ProcessBuilder(command), log, mainClass);
    }

    /**
     * Starts an installed app image's own launcher, which applies its packaged options and its
     * runtime's CDS archive. {@code javaToolOptions} reach its JVM the one way a launcher allows,
     * the {@code JAVA_TOOL_OPTIONS} variable (nothing secret passes through it).
     */
    static ChildJvm startLauncher(Path launcher, List<String> javaToolOptions, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        List<String> options = new ArrayList<>(javaToolOptions);
        options.add("-D" + FirstFrameReport.PROPERTY + "=true");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        return launch(builder, log, launcher.toString());
    }

    /** Starts the process with its error output appended to {@code log}, noting the moment it started. */
    private static ChildJvm launch(ProcessBuilder builder, Path log, String what) {
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            long started = epochMicros();
            return new ChildJvm(builder.start(), started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + what, e);
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The harness's class path; under surefire the real one, not its manifest-only jar. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    long startedAtMicros() {
        return startedAtMicros;
    }

    /** Epoch micros of the first {@code marker} printed after {@code afterMicros}. */
    long awaitMarkerAfter(String marker, long afterMicros, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (long at : everyMarker.getOrDefault(marker, List.of())) {
                if (at > afterMicros) {
                    return at;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the child JVM exited with " + process.exitValue()
                        + " before printing " + marker);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + marker + " within " + timeout);
            }
            Thread.sleep(2);
        }
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the child JVM did not end within " + timeout);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** Micros from the start of the process until it printed {@code marker}. */
    Duration awaitMarker(String marker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!markers.containsKey(marker)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child JVM exited with " + process.exitValue()
                        + " before printing " + marker);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + marker + " within " + timeout);
            }
            Thread.sleep(5);
        }
        return Duration.ofNanos((markers.get(marker) - startedAtMicros) * 1_000);
    }

    /** User plus system CPU time so far, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Resident memory in KiB (VmRSS of /proc/PID/status). */
    long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid());
    }

    /** A full GC in the child, through the JDK's jcmd. */
    void collectGarbage() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(30, TimeUnit.SECONDS)) {
            gc.destroyForcibly();
            throw new IllegalStateException("jcmd GC.run did not finish");
        }
    }

    /** Asks the JVM to exit normally (SIGTERM: shutdown hooks and a CDS dump at exit run). */
    void stopGently() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readMarkers() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                // "NAME micros", or "NAME details... micros" (the window's BROUGHT_FORWARD line).
                String[] parts = line.trim().split(" ");
                String last = parts[parts.length - 1];
                if (parts.length >= 2 && parts[0].matches("[A-Z_]+") && last.matches("\\d+")) {
                    markers.putIfAbsent(parts[0], Long.parseLong(last));
                    everyMarker.computeIfAbsent(parts[0], name -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(Long.parseLong(last));
                }
            }
        } catch (IOException e) {
            // The child was stopped; its markers so far stay readable.
        }
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
