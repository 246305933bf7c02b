package dev.smhtoken.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A peer started as another user: sends one SHOW to the socket named by its argument and prints
 * what came of it: {@code REFUSED <reason>} (it could not connect), {@code HUNG_UP} (connected, but
 * the listener closed without an answer) or {@code ANSWER <line>}.
 */
public final class ForeignPeer {
    private ForeignPeer() {
    }

    public static void main(String[] args) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(Path.of(args[0])));
            } catch (IOException e) {
                System.out.println("REFUSED " + e.getMessage());
                return;
            }
            ByteBuffer answer = ByteBuffer.allocate(64);
            try {
                channel.write(ByteBuffer.wrap("SMHTM/1 SHOW\n".getBytes(StandardCharsets.US_ASCII)));
                while (channel.read(answer) > 0 && answer.get(answer.position() - 1) != '\n') {
                    // the rest of the line
                }
            } catch (IOException hungUp) {
                // broken pipe or reset: the listener closed on us
            }
            System.out.println(answer.position() == 0 ? "HUNG_UP"
                    : "ANSWER " + new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).strip());
        }
    }
}
