package dev.smhtoken.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running window's side of the hand-over: listens on {@code channel/window.sock} of its data
 * folder and passes each summons a second launch sends to the window. One daemon thread serves one
 * peer at a time; every peer gets {@link SummonsProtocol#READ_TIMEOUT} to send its one line of at
 * most {@link SummonsProtocol#MAX_LINE} characters, so a silent or flooding peer is dropped and
 * costs the window nothing but that wait. Only the window that holds the data folder's window lock
 * starts one, so a socket file it finds there is a leftover of a crash, and it is replaced, but only
 * once nothing answers on it. A peer the system says is another user is dropped unanswered: the
 * owner-only folder keeps such peers out already, and this still holds if its modes are loosened.
 */
public final class SummonsListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SummonsListener.class);
    /** How long a probe of an existing socket file waits before calling it a leftover. */
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(300);

    private final ServerSocketChannel server;
    private final Path socketFile;
    private final Consumer<Summons> window;
    /** Who may summon the window: the socket's owner; null where the system names no owners. */
    private final UserPrincipal owner;
    private final Thread thread;

    private SummonsListener(ServerSocketChannel server, Path socketFile, Consumer<Summons> window, UserPrincipal owner) {
        this.server = server;
        this.socketFile = socketFile;
        this.window = window;
        this.owner = owner;
        this.thread = new Thread(this::serve, "smh-summons");
        thread.setDaemon(true);
    }

    /**
     * Binds the channel of {@code dataDirectory} and starts listening.
     *
     * @param window receives each summons on the listener's thread; it must hand the work to the UI
     *               thread and return at once (the answer waits for it)
     * @throws IOException when the channel cannot be made safely (its folder is a link or someone
     *                     else's, a live peer already listens there, or this system has no
     *                     Unix-domain sockets): the window then runs without a hand-over
     */
    public static SummonsListener start(Path dataDirectory, Consumer<Summons> window) throws IOException {
        SummonsChannel.prepareFolder(dataDirectory);
        Path socketFile = SummonsChannel.socketFile(dataDirectory);
        removeLeftover(dataDirectory, socketFile);
        ServerSocketChannel server;
        try {
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            throw new IOException("this system offers no Unix-domain sockets", e);
        }
        UserPrincipal owner = null;
        try {
            server.bind(SummonsChannel.address(dataDirectory), 4);
            if (SummonsChannel.posix(socketFile)) {
                // The folder already keeps others out; the socket's own mode says so a second time.
                Files.setPosixFilePermissions(socketFile, SummonsChannel.OWNER_ONLY_SOCKET);
                owner = Files.getOwner(socketFile, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        SummonsListener listener = new SummonsListener(server, socketFile, window, owner);
        listener.thread.start();
        return listener;
    }

    /** A socket file nobody answers on is a crashed window's; a live one is never taken over. */
    private static void removeLeftover(Path dataDirectory, Path socketFile) throws IOException {
        if (!Files.exists(socketFile, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (SummonsSender.someoneListens(dataDirectory, PROBE_TIMEOUT)) {
            throw new IOException("another process already listens on " + socketFile);
        }
        Files.delete(socketFile);
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel peer = server.accept()) {
                answer(peer);
            } catch (IOException | RuntimeException e) {
                if (!server.isOpen()) {
                    return; // close(): the window is going away
                }
                // One peer's failure (it went silent, flooded, hung up) never stops the listener.
                LOG.debug("a hand-over peer was dropped ({})", e.getClass().getSimpleName());
            }
        }
    }

    private void answer(SocketChannel peer) throws IOException {
        if (!fromOwner(peer)) {
            LOG.debug("a hand-over peer of another user was dropped");
            return;
        }
        try (BoundedExchange exchange = BoundedExchange.accepted(peer, SummonsProtocol.READ_TIMEOUT)) {
            Optional<Summons> summons = SummonsProtocol.parseRequest(exchange.readLine(SummonsProtocol.MAX_LINE));
            if (summons.isPresent()) {
                window.accept(summons.get());
                exchange.write(SummonsProtocol.line(SummonsProtocol.OK));
            } else {
                exchange.write(SummonsProtocol.line(SummonsProtocol.NO));
            }
        }
    }

    /** Whether the system says the peer runs as the socket's owner (true where it cannot say). */
    private boolean fromOwner(SocketChannel peer) throws IOException {
        if (owner == null || !peer.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return true;
        }
        UnixDomainPrincipal who = peer.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return owner.equals(who.user());
    }

    /** Whether its thread still serves (false once closed). */
    boolean isServing() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("the hand-over channel did not close cleanly ({})", e.getClass().getSimpleName());
        }
        try {
            Files.deleteIfExists(socketFile);
        } catch (IOException e) {
            // the next window finds nobody listening on it and replaces it
            LOG.debug("the hand-over socket file stays behind ({})", e.getClass().getSimpleName());
        }
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
