package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Commands that fail, are ended half-way or race another process change nothing they should not
 * and lose nothing: the packaged jar in child JVMs, real vault files, the emulator on 127.0.0.1
 * holding its answer back (a fault) while the test ends the process or runs another command.
 */
// One test at a time: they script the one emulator's next answer.
@Execution(ExecutionMode.SAME_THREAD)
class InterruptedCommandsIT {
    private static final String LIBRARY = "smhcut1";
    private static final Duration HOUR = Duration.ofHours(1);
    private static SmhEmulator emulator;
    private static String host;

    @TempDir
    Path temp;
    private Path dataDir;
    private JarRunner jar;

    @BeforeAll
    static void startEmulator() {
        emulator = SmhEmulator.start();
        host = emulator.baseUri().toString();
        emulator.addLibrary(LIBRARY, "cut-library-secret");
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void folders() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        TestVaults.create(dataDir);
        jar = new JarRunner(temp);
    }

    @AfterEach
    void noFaultsLeft() {
        emulator.faults().clear();
    }

    @Test
    void aFailedAddInAnEmptyFolderCreatesNoFile() throws IOException {
        Path fresh = temp.resolve("fresh");
        jar.run(fresh, "acctk-never-issued-by-smh", "add", LIBRARY, "--host", host, "--token-stdin").expect(1);
        assertEquals(Map.of(), files(fresh), "a failed add left files in an empty folder");
    }

    @Test
    void aFailedAddChangesNoFileOfAVault() throws IOException {
        String value = emulator.issueToken(LIBRARY, HOUR, Instant.now().plus(HOUR));
        jar.run(dataDir, value, "add", LIBRARY, "--host", host, "--token-stdin").expect(0);
        Map<String, byte[]> before = files(dataDir);

        jar.run(dataDir, "acctk-never-issued-by-smh", "add", "smhcut2", "--host", host, "--token-stdin").expect(1);
        jar.run(dataDir, "not-the-library-secret", "add", LIBRARY, "--label", "second", "--generate").expect(1);

        assertSameFiles(before, files(dataDir));
    }

    @Test
    void anAddEndedWhileSmhHeldItsAnswerLeavesNoLibrary() throws Exception {
        String value = emulator.issueToken(LIBRARY, HOUR, Instant.now().plus(HOUR));
        emulator.faults().next(Fault.delay(Duration.ofSeconds(20)));
        int requests = emulator.requestCount();
        Process add = jar.start(dataDir, value, "add", LIBRARY, "--name", "Cut short", "--host", host, "--token-stdin");
        awaitRequest(requests, add);

        add.destroy();
        assertTrue(add.waitFor(30, TimeUnit.SECONDS), "add did not end on SIGTERM");

        assertEquals(List.of(), TestVaults.open(dataDir).load().libraries(), "an empty library was left behind");
    }

    @Test
    void anImportReplacingATokenWhileItsRenewWaitsKeepsTheImportedAutoRenewChoice() throws Exception {
        String value = seedToken(true);
        Path export = temp.resolve("export.json");
        Instant now = Instant.now();
        Files.writeString(export, "{\"formatVersion\":1,\"exportedAt\":\"" + now + "\",\"includesTokens\":true,"
                + "\"libraries\":[{\"libraryId\":\"" + LIBRARY + "\",\"name\":\"Cut\",\"host\":\"" + host + "\","
                + "\"tokens\":[{\"label\":\"default\",\"token\":\"" + value + "\",\"expiresAt\":\"" + now.plus(HOUR)
                + "\",\"periodSeconds\":3600,\"autoRenew\":false}]}]}");
        emulator.faults().next(Fault.delay(Duration.ofSeconds(10)));
        int requests = emulator.requestCount();
        Process renew = jar.start(dataDir, null, "renew", LIBRARY);
        awaitRequest(requests, renew);

        jar.run(dataDir, null, "import", export.toString(), "--replace").expect(0);
        assertTrue(renew.waitFor(60, TimeUnit.SECONDS), "the renew did not finish");
        assertEquals(0, renew.exitValue(), "the renew failed");

        Token saved = TestVaults.open(dataDir).load().token(new TokenRef(LIBRARY, "default")).orElseThrow();
        assertEquals(Boolean.FALSE, saved.autoRenew(), "the renew turned auto-renew back on");
        assertTrue(saved.renewedAt() != null && !saved.renewedAt().isBefore(now.minusSeconds(1)),
                "the renew itself was not saved: " + saved.renewedAt());
    }

    @Test
    void aRenewKilledWhileSmhHeldItsAnswerIsNamedAtTheNextStartUntilTheTokenIsRenewed() throws Exception {
        seedToken(null);
        emulator.faults().next(Fault.delay(Duration.ofSeconds(20)));
        int requests = emulator.requestCount();
        Process renew = jar.start(dataDir, null, "renew", LIBRARY);
        awaitRequest(requests, renew);

        renew.destroyForcibly();
        assertTrue(renew.waitFor(30, TimeUnit.SECONDS));
        emulator.faults().clear();
        Map<String, byte[]> left = files(dataDir);
        assertTrue(left.keySet().stream().anyMatch(name -> name.startsWith("renews-in-flight")), left.keySet().toString());
        left.forEach((name, content) -> assertFalse(new String(content, StandardCharsets.ISO_8859_1).contains(LIBRARY),
                name + " names the library in the clear"));

        JarRunner.Result next = jar.run(dataDir, null, "list").expect(0);
        List<String> warnings = next.err().lines().filter(line -> line.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), next.err());
        assertTrue(warnings.get(0).startsWith("warning: A renew of " + LIBRARY + "/default sent at "), warnings.get(0));
        assertTrue(warnings.get(0).contains("Renew " + LIBRARY + "/default now; if SMH refuses it, generate a new token"),
                warnings.get(0));
        assertTrue(next.out().contains(LIBRARY), "list still lists: " + next.out());

        assertEquals(1, jar.run(dataDir, null, "list").expect(0).err().lines().count(), "named once per start, again");
        jar.run(dataDir, null, "renew", LIBRARY).expect(0);
        assertEquals("", jar.run(dataDir, null, "list").expect(0).err(), "a renewed token is no longer named");
    }

    /** Saves a token the emulator issued, with this auto-renew choice; returns its value. */
    private String seedToken(Boolean autoRenew) {
        Instant now = Instant.now();
        String value = emulator.issueToken(LIBRARY, HOUR, now.plus(Duration.ofMinutes(30)));
        Token token = new Token("default", AccessToken.of(value), now.plus(Duration.ofMinutes(30)),
                now.minus(Duration.ofMinutes(30)), HOUR, null, null, autoRenew, List.of());
        TestVaults.open(dataDir).update(vault -> vault.withLibrary(
                new Library(LibraryAddress.of(LIBRARY, host), "Cut", List.of(token))));
        return value;
    }

    /** Waits until the child's request reached the emulator (which then holds its answer back). */
    private static void awaitRequest(int before, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (emulator.requestCount() <= before) {
            assertTrue(child.isAlive(), "the command ended before it sent its request");
            assertTrue(System.nanoTime() < deadline, "the command never sent its request");
            Thread.sleep(10);
        }
    }

    /** Every file under {@code folder} and its content, by relative path. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "files were added or removed");
        expected.forEach((name, content) -> assertTrue(Arrays.equals(content, actual.get(name)), name + " was rewritten"));
    }
}
