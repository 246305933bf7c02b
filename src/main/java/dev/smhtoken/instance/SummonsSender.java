package dev.smhtoken.instance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The second launch's side of the hand-over: one request to the window already running on the data
 * folder, and its answer. It never throws and never logs (logging would load the log framework on a
 * path that should end within a fraction of a second): every failure is simply "not handed over".
 */
public final class SummonsSender {
    private SummonsSender() {
    }

    /**
     * Sends {@code summons} to the window on {@code dataDirectory}.
     *
     * @param timeout bounds connecting, sending and the answer together
     * @return true when that window answered that it did it; false when there is no channel, nobody
     *         listens (a channel left by a crash), the peer speaks another version, or it is too slow
     */
    public static boolean send(Path dataDirectory, Summons summons, Duration timeout) {
        if (!Files.exists(SummonsChannel.socketFile(dataDirectory), LinkOption.NOFOLLOW_LINKS)) {
            return false; // the common first start: no channel at all, nothing to wait for
        }
        try (BoundedExchange exchange = BoundedExchange.connect(SummonsChannel.openClient(),
                SummonsChannel.address(dataDirectory), timeout)) {
            exchange.write(SummonsProtocol.request(summons));
            return SummonsProtocol.OK.equals(exchange.readLine(SummonsProtocol.MAX_LINE));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether something accepts connections on the channel right now (a live window, not a
     * leftover); it is asked nothing, so it does nothing.
     */
    public static boolean someoneListens(Path dataDirectory, Duration timeout) {
        if (!Files.exists(SummonsChannel.socketFile(dataDirectory), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (BoundedExchange exchange = BoundedExchange.connect(SummonsChannel.openClient(),
                SummonsChannel.address(dataDirectory), timeout)) {
            return exchange.channel().isConnected();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
