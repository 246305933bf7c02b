package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every call ends within its overall deadline, however the server stalls: a hostile server of the
 * test's own on 127.0.0.1 sends its answer one byte at a time, each byte well inside the socket
 * timeout, so only the deadline can end the call.
 */
class GatewayDeadlineTest extends GatewayTestBase {
    private static final Duration DEADLINE = Duration.ofMillis(800);
    /** Far longer than the gap between two trickled bytes: the socket timeout never fires. */
    private static final Duration BETWEEN_BYTES = Duration.ofSeconds(3);
    /** Only a guard so that a regression fails instead of hanging the build. */
    private static final Duration GUARD = Duration.ofSeconds(20);

    @Test
    void headersTrickledAByteAtATimeEndInTheDidNotAnswerSentence() throws IOException {
        useGateway(settings().withTimeouts(Duration.ofSeconds(2), BETWEEN_BYTES).withCallDeadline(DEADLINE));
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: "
                + "p".repeat(10_000) + "\r\n\r\n";
        try (Trickler server = new Trickler(answer)) {
            SmhException failure = renewAgainst(server);

            assertEquals(Kind.TIMEOUT, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().startsWith("SMH at 127.0.0.1:" + server.port()
                    + " did not answer within 800 ms; try again later"), failure.getMessage());
            assertEquals(1, server.connections(), "a call past its deadline is not tried again");
            assertTrue(server.bytesSent() > 0, "the server did send, slowly");
        }
    }

    @Test
    void aBodyTrickledAByteAtATimeEndsTheSameWay() throws IOException {
        useGateway(settings().withTimeouts(Duration.ofSeconds(2), BETWEEN_BYTES).withCallDeadline(DEADLINE));
        String body = "{\"accessToken\":\"" + "a".repeat(5_000) + "\",\"expiresIn\":86400}";
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        try (Trickler server = new Trickler(answer)) {
            SmhException failure = renewAgainst(server);

            assertEquals(Kind.TIMEOUT, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("did not answer within 800 ms"), failure.getMessage());
            assertEquals(1, server.connections());
        }
    }

    @Test
    void theDefaultDeadlineIsThirtySeconds() {
        assertEquals(Duration.ofSeconds(30), SmhClientSettings.defaults(java.time.Clock.systemUTC()).callDeadline());
    }

    @Test
    void noRetryWaitReachesPastTheDeadline() {
        // Retry-After 5 s would be honoured (up to 30 s), but it would end after the 800 ms deadline:
        // the 429 is reported at once instead of sleeping into a call that can no longer finish.
        useGateway(settings().withCallDeadline(DEADLINE));
        String token = seedToken();
        emulator.faults().always(Fault.rateLimited("5"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(429, failure.httpStatus(), failure.getMessage());
        assertTrue(sleeper.waits().isEmpty(), "waited " + sleeper.waits());
        assertEquals(1, emulator.requestCount());
    }

    private SmhException renewAgainst(Trickler server) {
        LibraryAddress slow = LibraryAddress.of(LIBRARY, "http://127.0.0.1:" + server.port());
        String token = seedToken();
        return assertTimeoutPreemptively(GUARD, () -> failure(() -> gateway.renew(slow, AccessToken.of(token))));
    }

    /** Reads each request's headers, then sends the given answer one byte every 50 ms. */
    private static final class Trickler implements AutoCloseable {
        private final ServerSocket socket;
        private final byte[] answer;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger bytesSent = new AtomicInteger();
        private final Thread acceptor;

        Trickler(String answer) throws IOException {
            this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            this.answer = answer.getBytes(StandardCharsets.US_ASCII);
            this.acceptor = new Thread(this::serve, "trickler");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        int bytesSent() {
            return bytesSent.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    Thread one = new Thread(() -> trickle(client), "trickler-connection");
                    one.setDaemon(true);
                    one.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void trickle(Socket client) {
            try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
                skipRequestHeaders(in);
                for (byte b : answer) {
                    out.write(b);
                    out.flush();
                    bytesSent.incrementAndGet();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException gone) {
                // The client hung up: what a deadline does.
            }
        }

        private static void skipRequestHeaders(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed before the request ended");
                }
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
