package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.TokenRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code token --fresh} and {@code copy --fresh} end to end: the packaged jar in its own JVM, the
 * project's SMH emulator on 127.0.0.1 (one per test: their scripted answers must not cross), a real
 * vault. The copy runs on a real X display (Xvfb) and is read back with xclip, as another program
 * pasting would read it.
 */
class FreshCommandsIT {
    private static final String LIBRARY = "smhfresh";
    private static final Duration DAY = Duration.ofHours(24);
    private static final String ANSWERED = "acctk-the-value-smh-answered";
    private static final Fault ANSWERS_A_NEW_VALUE =
            Fault.json("{\"accessToken\":\"" + ANSWERED + "\",\"expiresIn\":86400}");
    private static final Fault OVERLOADED = Fault.error(503, "ServerOverloaded", "try again later");

    @TempDir
    Path temp;
    private Path dataDir;
    private JarRunner jar;
    private SmhEmulator emulator;

    @BeforeEach
    void folders() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        TestVaults.create(dataDir);
        jar = new JarRunner(temp);
        emulator = SmhEmulator.start();
        emulator.addLibrary(LIBRARY, "s3cret-of-the-library");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void tokenFreshPrintsTheValueSmhAnsweredOnceTheRenewIsSaved() {
        Instant before = Instant.now();
        Token old = seedToken(before.plus(Duration.ofMinutes(10)));
        emulator.faults().next(ANSWERS_A_NEW_VALUE);

        JarRunner.Result result = jar.run(dataDir, null, "token", "--fresh", LIBRARY).expect(0);

        assertEquals(ANSWERED + System.lineSeparator(), result.out(), "the new value alone, not " + old.value());
        Token saved = savedToken();
        assertEquals(ANSWERED, saved.value().reveal());
        assertTrue(!saved.expiresAt().isBefore(before.plus(DAY)), "renewed for a whole period: " + saved.expiresAt());
        assertEquals(TokenEvent.Kind.RENEWED, saved.history().get(saved.history().size() - 1).kind());
    }

    @Test
    void aFreshTokenSmhRefusesPrintsNothingExitsWith1AndChangesNothing() {
        Instant now = Instant.now();
        Token dead = seedToken(now.minus(Duration.ofMinutes(1))); // expired at SMH too

        JarRunner.Result refused = jar.run(dataDir, null, "token", "--fresh", LIBRARY).expect(1);
        assertEquals("", refused.out());
        assertTrue(refused.err().contains("InvalidAccessToken"), refused.err());
        assertEquals(dead, savedToken(), "the vault stays as it was");

        seedToken(now.plus(Duration.ofHours(1)));
        Token before = savedToken();
        emulator.faults().always(OVERLOADED); // every attempt, retries included
        JarRunner.Result overloaded = jar.run(dataDir, null, "token", "--fresh", LIBRARY).expect(1);
        emulator.faults().clear();
        assertEquals("", overloaded.out());
        assertTrue(overloaded.err().contains("ServerOverloaded"), overloaded.err());
        assertEquals(before, savedToken());
    }

    @Test
    void copyFreshWithoutADisplaySendsNothing() {
        Token token = seedToken(Instant.now().plus(Duration.ofHours(1)));

        JarRunner.Result result = jar.run(dataDir, null, "copy", "--fresh", LIBRARY).expect(2);

        assertEquals(CopyCommand.NO_CLIPBOARD, result.err().strip());
        assertEquals(0, emulator.renewCount(token.value().reveal()), "nothing renewed that could not be copied");
        assertEquals(token, savedToken());
    }

    @Test
    void copyFreshPutsTheValueSmhAnsweredOnTheClipboardOfARealDisplay() throws Exception {
        Assumptions.assumeTrue(onPath("Xvfb") && onPath("xclip"),
                "copy needs an X display to hold the clipboard: Xvfb and xclip are not installed here");
        seedToken(Instant.now().plus(Duration.ofMinutes(10)));
        store().update(vault -> vault.withSettings(withClipboardTimeout(vault.settings(), Duration.ofSeconds(5))));
        try (XDisplay display = XDisplay.start(temp)) {
            Map<String, String> environment = Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD,
                    "DISPLAY", display.name());
            emulator.faults().next(ANSWERS_A_NEW_VALUE);
            CompletableFuture<JarRunner.Result> copying = CompletableFuture.supplyAsync(
                    () -> jar.runWith(environment, dataDir, null, "copy", "--fresh", LIBRARY));

            display.waitForClipboard(ANSWERED, copying);
            assertEquals(ANSWERED, savedToken().value().reveal(), "saved while it is on the clipboard");
            JarRunner.Result copied = copying.get(60, TimeUnit.SECONDS).expect(0);
            assertEquals("", copied.out());
            assertTrue(copied.err().contains("Clipboard cleared."), copied.err());
            assertNotEquals(ANSWERED, display.clipboard(), "cleared after the timeout");

            emulator.faults().always(OVERLOADED);
            JarRunner.Result failed = jar.runWith(environment, dataDir, null, "copy", "--fresh", LIBRARY).expect(1);
            emulator.faults().clear();
            assertTrue(failed.err().contains("ServerOverloaded"), failed.err());
            assertNotEquals(ANSWERED, display.clipboard(), "a failed renew copies nothing");
        }
    }

    private static Settings withClipboardTimeout(Settings s, Duration timeout) {
        return new Settings(timeout, s.autoRenewByDefault(), s.renewAheadPercent(), s.renewAheadMinimum(),
                s.warningLead(), s.theme(), s.language(), s.lockAfterIdle());
    }

    /** A token the emulator issued, saved under {@link #LIBRARY}/default as if renewed a period before its expiry. */
    private Token seedToken(Instant expiresAt) {
        String value = emulator.issueToken(LIBRARY, DAY, expiresAt);
        Token token = new Token("default", AccessToken.of(value), expiresAt, expiresAt.minus(DAY), DAY, null, null);
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), null, List.of(token))));
        return savedToken();
    }

    private Token savedToken() {
        return store().load().token(new TokenRef(LIBRARY, "default")).orElseThrow();
    }

    private dev.smhtoken.token.VaultStore store() {
        return TestVaults.open(dataDir);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** An X server of this test's own (Xvfb, no TCP), and its clipboard as xclip reads it. */
    private static final class XDisplay implements AutoCloseable {
        private final Process server;
        private final String name;
        private final Path work;

        private XDisplay(Process server, String name, Path work) {
            this.server = server;
            this.name = name;
            this.work = work;
        }

        static XDisplay start(Path work) throws IOException, InterruptedException {
            for (int attempt = 0; attempt < 5; attempt++) {
                int number = ThreadLocalRandom.current().nextInt(300, 900);
                if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                    continue;
                }
                Process server = new ProcessBuilder("Xvfb", ":" + number, "-nolisten", "tcp", "-screen", "0",
                        "640x480x24").redirectErrorStream(true)
                        .redirectOutput(Files.createTempFile(work, "xvfb", ".log").toFile()).start();
                Path socket = Path.of("/tmp/.X11-unix/X" + number);
                for (int i = 0; i < 100 && server.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(50);
                }
                if (server.isAlive() && Files.exists(socket)) {
                    return new XDisplay(server, ":" + number, work);
                }
                server.destroy();
            }
            throw new AssertionError("no X display could be started");
        }

        String name() {
            return name;
        }

        /** What a paste would get now, or "" when the clipboard holds no text. */
        String clipboard() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder("xclip", "-o", "-selection", "clipboard");
            builder.environment().put("DISPLAY", name);
            Path out = Files.createTempFile(work, "xclip", ".txt");
            Process xclip = builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!xclip.waitFor(10, TimeUnit.SECONDS)) {
                xclip.destroyForcibly();
                return "";
            }
            return xclip.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : "";
        }

        void waitForClipboard(String expected, CompletableFuture<JarRunner.Result> copying) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                if (expected.equals(clipboard())) {
                    return;
                }
                if (copying.isDone()) {
                    fail("copy ended before the clipboard held the value: " + copying.get());
                }
                Thread.sleep(100);
            }
            fail("the clipboard never held the value SMH answered; it holds: " + clipboard().length() + " characters");
        }

        @Override
        public void close() throws InterruptedException {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
