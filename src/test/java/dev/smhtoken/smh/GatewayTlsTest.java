package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate checks stay on: a server with a self-signed certificate is refused before any request. */
class GatewayTlsTest extends GatewayTestBase {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path folder;

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

    /** A key pair made by the JDK's own keytool, as an administrator's test server would have. */
    private SSLContext selfSignedContext() throws Exception {
        Path store = folder.resolve("server.p12");
        Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool");
        ProcessBuilder process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass:env", "STORE_PASSWORD")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("keytool.log").toFile());
        process.environment().put("STORE_PASSWORD", new String(STORE_PASSWORD));
        Process started = process.start();
        assertTrue(started.waitFor(30, TimeUnit.SECONDS) && started.exitValue() == 0,
                () -> "keytool failed: " + read(folder.resolve("keytool.log")));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
