package dev.smhtoken.instance;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One exchange of short lines over a socket channel, every step bounded by one deadline: connect,
 * write, and read up to a maximum length. A Unix-domain channel has no socket timeouts of its own
 * (it offers no {@code Socket} to set them on), so the channel runs non-blocking under a selector.
 */
final class BoundedExchange implements AutoCloseable {
    private final SocketChannel channel;
    private final Selector selector;
    private final long deadlineNanos;

    private BoundedExchange(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        Selector opened = null;
        try {
            channel.configureBlocking(false);
            opened = Selector.open();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.selector = opened;
    }

    /** Connects to {@code address} within {@code timeout}, which then bounds the rest of the exchange. */
    static BoundedExchange connect(SocketChannel unconnected, SocketAddress address, Duration timeout) throws IOException {
        BoundedExchange exchange = new BoundedExchange(unconnected, timeout);
        try {
            if (!unconnected.connect(address)) {
                exchange.await(SelectionKey.OP_CONNECT);
                while (!unconnected.finishConnect()) {
                    exchange.await(SelectionKey.OP_CONNECT);
                }
            }
            return exchange;
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /** An exchange over a channel a server accepted. */
    static BoundedExchange accepted(SocketChannel peer, Duration timeout) throws IOException {
        return new BoundedExchange(peer, timeout);
    }

    SocketChannel channel() {
        return channel;
    }

    void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                await(SelectionKey.OP_WRITE);
            }
        }
    }

    /**
     * Reads one line of at most {@code maxLength} ASCII characters, without its newline.
     *
     * @throws IOException when the line is longer, not ended before the peer closes, or not complete
     *                     by the deadline
     */
    String readLine(int maxLength) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(maxLength + 1);
        while (true) {
            int read = channel.read(buffer);
            if (read < 0) {
                throw new IOException("the peer closed before ending its line");
            }
            for (int i = buffer.position() - read; i < buffer.position(); i++) {
                if (buffer.get(i) == '\n') {
                    return new String(buffer.array(), 0, i, StandardCharsets.US_ASCII);
                }
            }
            if (!buffer.hasRemaining()) {
                throw new IOException("the line is longer than " + maxLength + " characters");
            }
            if (read == 0) {
                await(SelectionKey.OP_READ);
            }
        }
    }

    private void await(int operation) throws IOException {
        SelectionKey key = channel.register(selector, operation);
        try {
            while (true) {
                long remaining = deadlineNanos - System.nanoTime();
                if (remaining <= 0) {
                    throw new IOException("no answer in time");
                }
                if (selector.select(Math.max(1, remaining / 1_000_000)) > 0) {
                    return;
                }
            }
        } finally {
            key.interestOps(0);
            selector.selectedKeys().clear();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
