package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listener that never accepts, with its tiny backlog already full: the kernel drops further
 * connection attempts, which is what a firewalled or unreachable host looks like to the client.
 */
class GatewayConnectTimeoutTest extends GatewayTestBase {

    @Test
    void aHostThatNeverAcceptsTimesOutOnConnect() throws IOException {
        useGateway(settings().withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2)));
        List<Socket> fillers = new ArrayList<>();
        try (ServerSocket deaf = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 8; i++) {
                Socket filler = new Socket();
                fillers.add(filler);
                try {
                    filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), deaf.getLocalPort()), 200);
                } catch (IOException queueFull) {
                    break;
                }
            }
            LibraryAddress blackHole = LibraryAddress.of(LIBRARY, "http://127.0.0.1:" + deaf.getLocalPort());

            SmhException failure = failure(() -> gateway.renew(blackHole, AccessToken.of(seedToken())));

            assertEquals(Kind.TIMEOUT, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("did not accept a connection within 300 ms"),
                    failure.getMessage());
            assertTrue(sleeper.waits().isEmpty(), "a connect timeout is not retried");
        } finally {
            for (Socket filler : fillers) {
                filler.close();
            }
        }
    }
}
