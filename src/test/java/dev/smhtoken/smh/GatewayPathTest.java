package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What goes on the wire as the request path: seen by a server of the test's own on 127.0.0.1. */
class GatewayPathTest extends GatewayTestBase {

    @Test
    void dotsInTheLibraryIdAndTokenArePercentEncoded() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> requestLine = CompletableFuture.supplyAsync(() -> answerOnce(server));
            LibraryAddress dotted = LibraryAddress.of("smh..lib", "http://127.0.0.1:" + server.getLocalPort());

            gateway.renew(dotted, AccessToken.of("a.b/../c"));

            assertEquals("POST /api/v1/token/smh%2E%2Elib/a%2Eb%2F%2E%2E%2Fc HTTP/1.1",
                    requestLine.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theEmulatorDecodesThemBackToTheSameValues() {
        emulator.addLibrary("smh.dotted", SECRET);
        String token = "acctk.with.dots";
        emulator.issueToken("smh.dotted", token, Duration.ofDays(1), Instant.now().plus(Duration.ofDays(1)));

        gateway.renew(LibraryAddress.of("smh.dotted", emulator.baseUri().toString()), AccessToken.of(token));

        assertEquals(1, emulator.renewCount(token));
    }

    /** Reads one request's line and headers, answers a renewed token, returns the request line. */
    private static String answerOnce(ServerSocket server) {
        try (Socket client = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                // headers are not needed
            }
            byte[] body = "{\"accessToken\":\"a.b/../c\",\"expiresIn\":86400}".getBytes(StandardCharsets.US_ASCII);
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
