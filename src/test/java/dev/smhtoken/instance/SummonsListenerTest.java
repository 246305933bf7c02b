package dev.smhtoken.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-over over a real Unix-domain socket in a temporary data folder, with hostile peers of the test's own. */
class SummonsListenerTest {
    private static final Duration ENOUGH = Duration.ofSeconds(3);

    @TempDir
    Path temp;
    private Path data;
    private final BlockingQueue<Summons> window = new LinkedBlockingQueue<>();
    private SummonsListener listener;

    @BeforeEach
    void makeDataFolder() throws IOException {
        data = Files.createDirectory(temp.resolve("data"));
    }

    @AfterEach
    void closeListener() {
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void eachSummonsReachesTheWindowAndIsAnsweredOk() throws Exception {
        listener = SummonsListener.start(data, window::add);
        assertTrue(SummonsSender.send(data, Summons.SHOW, ENOUGH));
        assertEquals(Summons.SHOW, window.poll(1, TimeUnit.SECONDS));
        assertTrue(SummonsSender.send(data, Summons.FIND, ENOUGH));
        assertEquals(Summons.FIND, window.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void garbageAndAnotherVersionAreAnsweredNoAndSummonNothing() throws Exception {
        listener = SummonsListener.start(data, window::add);
        assertEquals("SMHTM/1 NO", exchangeRaw("hello window\n"));
        assertEquals("SMHTM/1 NO", exchangeRaw("SMHTM/2 SHOW\n"));
        assertEquals("SMHTM/1 NO", exchangeRaw("SMHTM/1 show\n"), "the verbs are exact, not case-folded");
        assertEquals("SMHTM/1 NO", exchangeRaw("SMHTM/1 SHOW \n"));
        assertEquals("SMHTM/1 NO", exchangeRaw("\u00ff\u00fe\n"));
        assertNull(window.poll(200, TimeUnit.MILLISECONDS), "nothing was brought forward");
        assertTrue(SummonsSender.send(data, Summons.SHOW, ENOUGH), "the listener still serves a real request");
    }

    @Test
    void anOverlongLineIsDroppedUnansweredAndCostsOnlyItsOwnConnection() throws Exception {
        listener = SummonsListener.start(data, window::add);
        try (SocketChannel flood = client()) {
            byte[] junk = new byte[64 * 1024];
            java.util.Arrays.fill(junk, (byte) 'A');
            try {
                flood.write(ByteBuffer.wrap(junk));
            } catch (IOException hungUp) {
                // the listener stopped reading after MAX_LINE bytes and closed mid-flood: the point
            }
            assertEquals("", readAnswerOrEnd(flood, ENOUGH), "the flood got no answer, only the end of the connection");
        }
        assertNull(window.poll(100, TimeUnit.MILLISECONDS));
        assertTrue(SummonsSender.send(data, Summons.SHOW, ENOUGH));
    }

    @Test
    void aSilentPeerIsDroppedAfterTheReadTimeoutAndTheNextOneIsServed() throws Exception {
        listener = SummonsListener.start(data, window::add);
        try (SocketChannel silent = client()) {
            long started = System.nanoTime();
            // While the silent peer holds the listener, a real request waits its turn and still succeeds.
            assertTrue(SummonsSender.send(data, Summons.SHOW, ENOUGH));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis >= SummonsProtocol.READ_TIMEOUT.toMillis() - 50,
                    "the request was served before the silent peer's time ran out: " + waitedMillis + " ms");
            assertEquals("", readAnswerOrEnd(silent, Duration.ofMillis(200)), "the silent peer was hung up on");
        }
        assertEquals(Summons.SHOW, window.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void aPeerThatAnswersAnotherVersionIsNotAHandOver() throws Exception {
        SummonsChannel.prepareFolder(data);
        try (ServerSocketChannel other = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            other.bind(SummonsChannel.address(data));
            Thread answerer = new Thread(() -> {
                try (SocketChannel peer = other.accept()) {
                    peer.read(ByteBuffer.allocate(64));
                    peer.write(ByteBuffer.wrap("SMHTM/2 OK\n".getBytes(StandardCharsets.US_ASCII)));
                } catch (IOException ignored) {
                    // the assertion below tells
                }
            });
            answerer.start();
            assertFalse(SummonsSender.send(data, Summons.SHOW, ENOUGH));
            answerer.join(2_000);
        }
    }

    @Test
    void aSocketLeftByACrashNeitherBlocksTheSenderNorTheNextListener() throws Exception {
        SummonsChannel.prepareFolder(data);
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(SummonsChannel.address(data));
        } // closed without removing its file, as a killed process leaves it
        Path socket = SummonsChannel.socketFile(data);
        assertTrue(Files.exists(socket, LinkOption.NOFOLLOW_LINKS), "the leftover socket file is there");

        long started = System.nanoTime();
        assertFalse(SummonsSender.send(data, Summons.SHOW, ENOUGH));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 500, "a leftover channel answered 'not handed over' only after " + millis + " ms");

        listener = SummonsListener.start(data, window::add);
        assertTrue(SummonsSender.send(data, Summons.FIND, ENOUGH));
        assertEquals(Summons.FIND, window.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void aLiveListenerIsNeverTakenOver() throws Exception {
        listener = SummonsListener.start(data, window::add);
        BlockingQueue<Summons> intruder = new LinkedBlockingQueue<>();
        assertThrows(IOException.class, () -> SummonsListener.start(data, intruder::add));
        assertTrue(SummonsSender.send(data, Summons.SHOW, ENOUGH));
        assertEquals(Summons.SHOW, window.poll(1, TimeUnit.SECONDS));
        assertTrue(intruder.isEmpty());
    }

    @Test
    void aChannelFolderPlantedAsALinkIsRefused() throws Exception {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.createSymbolicLink(data.resolve(SummonsChannel.FOLDER), elsewhere);
        IOException refused = assertThrows(IOException.class, () -> SummonsListener.start(data, window::add));
        assertTrue(refused.getMessage().contains("not a folder"), refused.getMessage());
        assertFalse(Files.exists(elsewhere.resolve(SummonsChannel.SOCKET), LinkOption.NOFOLLOW_LINKS),
                "nothing was bound where the link points");
        assertFalse(SummonsSender.send(data, Summons.SHOW, ENOUGH));
    }

    @Test
    void aChannelFolderOpenToOthersIsMadeOwnerOnlyAndTheSocketToo() throws Exception {
        Path folder = Files.createDirectory(data.resolve(SummonsChannel.FOLDER));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        listener = SummonsListener.start(data, window::add);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(SummonsChannel.socketFile(data), LinkOption.NOFOLLOW_LINKS)));
    }

    @Test
    void aNewChannelFolderIsOwnerOnly() throws Exception {
        listener = SummonsListener.start(data, window::add);
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(SummonsChannel.FOLDER))));
    }

    /**
     * Owner-only modes are the first wall; the peer's user, as the kernel reports it, is the second.
     * Needs root (to start a peer as another user) and setpriv; elsewhere it cannot be arranged.
     */
    @Test
    void aPeerOfAnotherUserIsDroppedEvenWhereLoosenedModesLetItIn() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        Assumptions.assumeTrue(Files.isExecutable(setpriv) && Integer.valueOf(0).equals(
                Files.getAttribute(Path.of("/proc/self"), "unix:uid")), "needs root and setpriv to be another user");
        listener = SummonsListener.start(data, window::add);
        for (Path folder : List.of(temp, data, data.resolve(SummonsChannel.FOLDER))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Path socket = SummonsChannel.socketFile(data);
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertEquals("HUNG_UP", runPeer(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"),
                socket), "a peer of another user got an answer");
        assertNull(window.poll(300, TimeUnit.MILLISECONDS), "a peer of another user brought the window forward");
        assertEquals("ANSWER SMHTM/1 OK", runPeer(List.of(), socket), "the same peer as the owner is served");
        assertEquals(Summons.SHOW, window.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void closingRemovesTheSocketAndEndsTheThread() throws Exception {
        SummonsListener closing = SummonsListener.start(data, window::add);
        assertTrue(closing.isServing());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("smh-summons") && t.isDaemon()), "a daemon thread serves");
        closing.close();
        assertFalse(Files.exists(SummonsChannel.socketFile(data), LinkOption.NOFOLLOW_LINKS));
        assertFalse(SummonsSender.send(data, Summons.SHOW, ENOUGH));
        assertFalse(closing.isServing(), "the listener's thread ended");
    }

    @Test
    void withoutAnyChannelTheSenderSaysNotHandedOverAtOnce() {
        long started = System.nanoTime();
        assertFalse(SummonsSender.send(data, Summons.SHOW, ENOUGH));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 200);
    }

    /** Runs {@link ForeignPeer} in its own JVM, after {@code asUser}, and returns what it printed. */
    private static String runPeer(List<String> asUser, Path socket) throws Exception {
        List<String> command = new ArrayList<>(asUser);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Xshare:auto", "-cp", Path.of(ForeignPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString(), ForeignPeer.class.getName(), socket.toString()));
        Process peer = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(peer.waitFor(20, TimeUnit.SECONDS), "the peer did not end");
        String out = new String(peer.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return out.lines().reduce((first, last) -> last).orElse("");
    }

    private SocketChannel client() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(SummonsChannel.address(data));
        return channel;
    }

    /** Sends {@code request} as it is and returns the listener's answer line. */
    private String exchangeRaw(String request) throws IOException {
        try (SocketChannel channel = client()) {
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
            return readAnswerOrEnd(channel, ENOUGH);
        }
    }

    /**
     * The answer line without its newline, "" when the listener hung up without one, or null when
     * neither happened within {@code timeout}. Leaves the channel open.
     */
    private static String readAnswerOrEnd(SocketChannel channel, Duration timeout) throws IOException {
        channel.configureBlocking(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer buffer = ByteBuffer.allocate(256);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                int read;
                try {
                    read = channel.read(buffer);
                } catch (IOException reset) {
                    return ""; // hung up with our bytes unread: the connection was reset
                }
                String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
                if (text.contains("\n")) {
                    return text.substring(0, text.indexOf('\n'));
                }
                if (read < 0) {
                    assertEquals("", text, "the listener sent part of a line");
                    return "";
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return null;
                }
                selector.select(Math.max(1, remaining / 1_000_000));
                selector.selectedKeys().clear();
            }
        }
    }
}
