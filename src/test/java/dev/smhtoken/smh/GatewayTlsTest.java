package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Certificate checks stay on: a server with a self-signed certificate is refused before any request. */
class GatewayTlsTest extends GatewayTestBase {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @Test
    void aSelfSignedServerIsRefusedAndNotRetried() throws Exception {
        SSLContext serverTls = selfSignedContext();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        AtomicInteger requestsSeen = new AtomicInteger();
        server.createContext("/", exchange -> {
            requestsSeen.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            LibraryAddress selfSigned = LibraryAddress.of(LIBRARY, "https://localhost:" + server.getAddress().getPort());

            SmhException failure = failure(() -> gateway.renew(selfSigned, AccessToken.of(seedToken())));

            assertEquals(Kind.NETWORK, failure.kind());
            assertTrue(failure.getMessage().contains("its certificate was not accepted"), failure.getMessage());
            assertEquals(0, requestsSeen.get(), "no request went over the unverified connection");
            assertTrue(sleeper.waits().isEmpty(), "a certificate problem is not retried");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpsToAPlainHttpPortIsNotCalledACertificateProblem() throws Exception {
        // A plain-HTTP server (as nginx does) answers the TLS hello with a plain "400 Bad Request".
        try (ServerSocket plain = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket client = plain.accept()) {
                    client.getInputStream().read(new byte[512]);
                    client.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException gone) {
                    // the client hung up
                }
            }, "plain-http");
            server.setDaemon(true);
            server.start();
            LibraryAddress plainPort = LibraryAddress.of(LIBRARY, "https://127.0.0.1:" + plain.getLocalPort());

            SmhException failure = failure(() -> gateway.renew(plainPort, AccessToken.of(seedToken())));

            assertEquals(Kind.NETWORK, failure.kind());
            assertTrue(failure.getMessage().startsWith("The secure connection to SMH at 127.0.0.1:"
                    + plain.getLocalPort() + " could not be set up: the server did not answer in HTTPS"),
                    failure.getMessage());
            assertFalse(failure.getMessage().contains("certificate"), failure.getMessage());
            assertFalse(failure.getMessage().contains("clock"), failure.getMessage());
        }
    }

    /**
     * A self-signed certificate for localhost valid for 100 years, made once with the JDK's keytool
     * ({@code -genkeypair -keyalg EC -dname CN=localhost -ext san=dns:localhost -storetype PKCS12}).
     */
    private static SSLContext selfSignedContext() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = GatewayTlsTest.class.getResourceAsStream("self-signed-localhost.p12")) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }
}
