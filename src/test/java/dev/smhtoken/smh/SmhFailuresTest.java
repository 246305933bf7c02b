package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Clock;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

/** The failures no local server can produce (DNS, TLS, connect timeouts), classified without a network. */
class SmhFailuresTest {
    private static final String TOKEN = "acctk0123456789abcdefghijklmnopqrstuvwxyz012345";
    private final SmhFailures failures = new SmhFailures(SmhClientSettings.defaults(Clock.systemUTC()));
    private final SmhRequest request = SmhRequest.renew(
            LibraryAddress.of("smh1a2b3c4d5e6f7", "smh1a2b3c4d5e6f7.api.tencentsmh.cn"), AccessToken.of(TOKEN));
    private final LeakGuard leaks = new LeakGuard().remember(TOKEN);

    @Test
    void anUnknownHostIsANetworkFailureThatIsNotRetried() {
        UnknownHostException cause = new UnknownHostException("smh1a2b3c4d5e6f7.api.tencentsmh.cn");

        SmhException failure = failures.transport(request, cause, 1);

        assertEquals(Kind.NETWORK, failure.kind());
        assertEquals("The SMH host smh1a2b3c4d5e6f7.api.tencentsmh.cn could not be found; check the library's host"
                + " setting and your network connection", failure.getMessage());
        assertFalse(SmhFailures.isRetryable(cause));
    }

    @Test
    void aConnectTimeoutIsATimeoutThatIsNotRetried() {
        ConnectTimeoutException cause = new ConnectTimeoutException("Connect timed out");

        SmhException failure = failures.transport(request, cause, 1);

        assertEquals(Kind.TIMEOUT, failure.kind());
        assertTrue(failure.getMessage().contains("did not accept a connection within 10 seconds"));
        assertFalse(SmhFailures.isRetryable(cause));
    }

    @Test
    void aRejectedCertificateSaysSoAndIsNotRetried() {
        SSLHandshakeException cause = new SSLHandshakeException("PKIX path building failed");

        SmhException failure = failures.transport(request, cause, 1);

        assertTrue(failure.getMessage().contains("its certificate was not accepted"));
        assertFalse(SmhFailures.isRetryable(cause));
    }

    @Test
    void aCauseThatQuotesTheRequestIsScrubbed() {
        IOException cause = new IOException("failed: POST https://host/api/v1/token/lib/" + TOKEN,
                new IOException("inner " + TOKEN));

        SmhException failure = failures.transport(request, cause, 2);

        leaks.assertClean(failure);
        assertTrue(failure.getCause().getMessage().endsWith("https://host/[request path]"), failure.getCause().getMessage());
        assertTrue(failure.getCause().getCause().getMessage().contains("inner [redacted]"));
        assertTrue(failure.getMessage().endsWith("(2 attempts)"));
    }

    @Test
    void requestsDescribeThemselvesWithoutTheirUrl() {
        leaks.assertClean(request.toString());
        assertTrue(request.uri().toString().endsWith("/api/v1/token/smh1a2b3c4d5e6f7/" + TOKEN));
    }
}
