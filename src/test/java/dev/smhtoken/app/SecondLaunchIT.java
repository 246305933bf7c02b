package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smhtoken.instance.Summons;
import dev.smhtoken.instance.SummonsChannel;
import dev.smhtoken.instance.SummonsSender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes on one data folder: a window (the real {@code Main}, headless on Monocle, as
 * started at login: minimised), and a second launch of the packaged jar as a user starts it. The
 * second must end at once with 0, without loading JavaFX or the log framework, and the first must
 * say it came forward. And a window killed outright leaves its socket behind, which must not stop
 * the next start.
 */
class SecondLaunchIT {
    private static final Path JAR = Path.of(System.getProperty("smh.jar", "target/smh-token-manager.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final long START_LIMIT_SECONDS = 30;

    @TempDir
    Path temp;
    private final List<Window> windows = new ArrayList<>();

    @AfterEach
    void endWindows() throws InterruptedException {
        for (Window window : windows) {
            window.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondLaunchBringsTheRunningWindowForwardAndEndsAtOnce() throws Exception {
        Path data = temp.resolve("data");
        Window first = startWindow(data);
        awaitSocket(data);

        Path classLog = temp.resolve("second-classes.log");
        long launched = epochMicros();
        Process second = launchJar(data, classLog);
        assertTrue(second.waitFor(15, TimeUnit.SECONDS), "the second launch did not end: " + text(temp.resolve("second.err")));
        long endedMillis = (epochMicros() - launched) / 1_000;
        assertEquals(0, second.exitValue(), "the second launch's exit code; its errors: " + text(temp.resolve("second.err")));

        String report = first.await(line -> line.startsWith("BROUGHT_FORWARD SHOW"), 10);
        assertTrue(report.contains(" was-iconified=true "), "the window started minimised (--background): " + report);
        assertTrue(report.contains(" iconified=false "), "the window is no longer minimised: " + report);
        assertTrue(report.contains(" showing=true "), report);
        long inFrontMillis = (Long.parseLong(report.substring(report.lastIndexOf(' ') + 1)) - launched) / 1_000;
        System.out.println("second launch: window in front after " + inFrontMillis + " ms, process gone after "
                + endedMillis + " ms");

        String classes = text(classLog);
        assertTrue(classes.contains("dev.smhtoken.instance.SummonsSender"), "the class log covers the launch");
        assertFalse(classes.contains("javafx."), "the second launch loaded JavaFX");
        assertFalse(classes.contains("ch.qos.logback"), "the second launch loaded the log framework");

        Process find = launchJar(data, null, "--find");
        assertTrue(find.waitFor(15, TimeUnit.SECONDS), "the --find launch did not end");
        assertEquals(0, find.exitValue(), text(temp.resolve("second.err")));
        first.await(line -> line.startsWith("BROUGHT_FORWARD FIND"), 10);

        Process atLogin = launchJar(data, null, "--background");
        assertTrue(atLogin.waitFor(15, TimeUnit.SECONDS), "the login start did not end");
        assertEquals(0, atLogin.exitValue(), text(temp.resolve("second.err")));
        first.assertQuietFor(Duration.ofMillis(700), "a start at login pulled the open window to the front");
        assertTrue(first.process.isAlive(), "the window still runs");
    }

    @Test
    void aChannelLeftByAKilledWindowNeverBlocksTheNextStart() throws Exception {
        Path data = temp.resolve("data");
        Window crashed = startWindow(data);
        awaitSocket(data);
        crashed.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Path socket = SummonsChannel.socketFile(data);
        assertTrue(Files.exists(socket, LinkOption.NOFOLLOW_LINKS), "the killed window left its socket behind");

        Window next = startWindow(data);
        // The claim and the channel are made beside the toolkit's start: allow them a moment more.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!SummonsSender.send(data, Summons.SHOW, Duration.ofSeconds(2))) {
            if (System.nanoTime() > deadline) {
                fail("the next window does not listen where the killed one left its socket; its errors: "
                        + text(temp.resolve("window.err")));
            }
            Thread.sleep(50);
        }
        String report = next.await(line -> line.startsWith("BROUGHT_FORWARD SHOW"), 10);
        assertTrue(report.contains(" iconified=false "), report);
    }

    /** Starts the real app minimised and waits until it has drawn its first frame. */
    private Window startWindow(Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-D" + FirstFrameReport.PROPERTY + "=true",
                "-Dsmh.test.log=" + temp.resolve("window-debug.log")));
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.smhtoken.Main",
                "--data-dir", data.toString(), "--background"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(temp.resolve("window.err").toFile()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("SMH_TOKEN_MANAGER_HOME");
        Window window = new Window(builder.start());
        windows.add(window);
        window.await(line -> line.startsWith("FIRST_FRAME"), START_LIMIT_SECONDS);
        return window;
    }

    private void awaitSocket(Path data) throws Exception {
        Path socket = SummonsChannel.socketFile(data);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (System.nanoTime() > deadline) {
                fail("the window opened no channel; its errors: " + text(temp.resolve("window.err")));
            }
            Thread.sleep(20);
        }
    }

    /** {@code java -jar JAR --data-dir DIR ARGS}, as a user's launcher starts the app. */
    private Process launchJar(Path data, Path classLog, String... args) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the packaged jar is missing: run `mvn verify`, not the IT alone: " + JAR);
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Xshare:auto"));
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.addAll(List.of("-jar", JAR.toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("second.out").toFile())
                .redirectError(temp.resolve("second.err").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder.start();
    }

    private static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** A running window and the lines it prints. */
    private static final class Window {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Window(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            }, "window-output-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        /** Fails if the window prints a line within {@code quiet}. */
        void assertQuietFor(Duration quiet, String complaint) throws InterruptedException {
            String line = lines.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (line != null) {
                fail(complaint + ": " + line);
            }
        }

        /** The first line from now on that {@code wanted} accepts, within {@code seconds}. */
        String await(Predicate<String> wanted, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
                if (line == null) {
                    fail("the window did not print what was awaited within " + seconds + " s (alive: " + process.isAlive() + ")");
                }
                if (wanted.test(line)) {
                    return line;
                }
            }
        }
    }
}
