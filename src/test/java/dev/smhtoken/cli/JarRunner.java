package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar the way a user does, {@code java -jar smh-token-manager.jar ...}, in a child
 * JVM with piped standard input, and collects its exit code and both output streams.
 */
final class JarRunner {
    /** Set by failsafe to the jar {@code mvn package} built. */
    static final Path JAR = Path.of(System.getProperty("smh.jar", "target/smh-token-manager.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** Class data of the command line, dumped by the first run: the others start about a quarter faster. */
    private static final Path ARCHIVE = JAR.resolveSibling("command-line-it.jsa");
    private static Boolean archiveMade;

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        Result expect(int code) {
            if (exitCode != code) {
                fail("expected exit code " + code + " but was " + exitCode + "\nstdout: " + out + "\nstderr: " + err);
            }
            return this;
        }
    }

    private final Path work;

    JarRunner(Path work) {
        assertTrue(Files.isRegularFile(JAR), "the packaged jar is missing: run `mvn verify`, not the IT alone: " + JAR);
        this.work = work;
    }

    /**
     * {@code java -jar JAR --data-dir DIR ARGS}, with {@code stdin} (may be null) on standard input
     * and the test vaults' master password in the environment.
     */
    Result run(Path dataDir, String stdin, String... args) {
        return runWith(Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD), dataDir, stdin, args);
    }

    /** As {@link #run} with exactly this extra environment (no password unless given). */
    Result runWith(Map<String, String> environment, Path dataDir, String stdin, String... args) {
        List<String> command = new ArrayList<>(sharedArchive());
        command.addAll(List.of("-jar", JAR.toString(), "--data-dir", dataDir.toString()));
        command.addAll(Arrays.asList(args));
        return java(command, stdin, environment);
    }

    /**
     * Starts {@code java -jar JAR --data-dir DIR ARGS} like {@link #run} and returns at once, with
     * standard input closed after {@code stdin}: for tests that end the process themselves.
     */
    Process start(Path dataDir, String stdin, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto"));
        command.addAll(sharedArchive());
        command.addAll(List.of("-jar", JAR.toString(), "--data-dir", dataDir.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("SMH_TOKEN_MANAGER_HOME");
        builder.environment().put(PasswordSource.VARIABLE, TestVaults.PASSWORD);
        builder.redirectOutput(Files.createTempFile(work, "out", ".txt").toFile())
                .redirectError(Files.createTempFile(work, "err", ".txt").toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        return process;
    }

    /** The archive flag, after making the archive once per test JVM with a {@code list} that opens a vault. */
    private List<String> sharedArchive() {
        synchronized (JarRunner.class) {
            if (archiveMade == null) {
                try {
                    Files.deleteIfExists(ARCHIVE);
                    Path vault = Files.createTempDirectory(work, "archive");
                    TestVaults.create(vault);
                    java(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE, "-jar", JAR.toString(), "--data-dir",
                            vault.toString(), "list"), null, Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                archiveMade = Files.isRegularFile(ARCHIVE);
            }
            return archiveMade ? List.of("-XX:SharedArchiveFile=" + ARCHIVE) : List.of();
        }
    }

    /** The child JVM with exactly these arguments after {@code java} and quick-start flags. */
    Result java(List<String> arguments, String stdin, Map<String, String> extraEnvironment) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        // No display, no vault or password from the developer's own environment.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("SMH_TOKEN_MANAGER_HOME");
        builder.environment().remove(PasswordSource.VARIABLE);
        builder.environment().putAll(extraEnvironment);
        try {
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the command line did not finish within 60 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
