package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries, backoff, Retry-After, timeouts, broken connections and redirects. */
class GatewayResilienceTest extends GatewayTestBase {

    static Stream<Arguments> transientAnswers() {
        return Stream.of(
                Arguments.of("500 InternalServerError", Fault.error(500, "InternalServerError", "oops")),
                Arguments.of("502 HTML from a proxy", Fault.html(502)),
                Arguments.of("503 ServerOverloaded", Fault.error(503, "ServerOverloaded", "busy")),
                Arguments.of("504 empty", Fault.respond(504, null, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientAnswers")
    void transientFailuresAreRetriedWithJitteredBackoffUntilSuccess(String name, Fault fault) {
        String token = seedToken();
        emulator.faults().next(2, fault);

        assertEquals(AccessToken.of(token), gateway.renew(library, AccessToken.of(token)).token());

        assertEquals(3, emulator.renewCount(token));
        List<Duration> waits = sleeper.waits();
        assertEquals(2, waits.size());
        assertBetween(waits.get(0), Duration.ZERO, Duration.ofMillis(500));
        assertBetween(waits.get(1), Duration.ZERO, Duration.ofMillis(1000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientAnswers")
    void aPersistentServerFailureGivesUpAfterTheConfiguredAttempts(String name, Fault fault) {
        String token = seedToken();
        emulator.faults().always(fault);

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(failure.isTransient());
        assertEquals(3, emulator.renewCount(token));
        assertEquals(2, sleeper.waits().size());
        assertTrue(failure.getMessage().endsWith("3 attempts)"), failure.getMessage());
    }

    @Test
    void theNumberOfAttemptsIsConfigurable() {
        useGateway(settings().withMaxAttempts(5));
        String token = seedToken();
        emulator.faults().always(Fault.error(503, "ServerOverloaded", "busy"));

        failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(5, emulator.renewCount(token));
        assertEquals(4, sleeper.waits().size());
    }

    @Test
    void generateIsRetriedToo() {
        emulator.faults().next(Fault.error(503, "ServerOverloaded", "busy"));

        gateway.generate(library, secret(), GenerateOptions.DEFAULTS);

        assertEquals(2, emulator.requestCount());
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        String token = seedToken();
        emulator.faults().next(Fault.rateLimited("7"));

        gateway.renew(library, AccessToken.of(token));

        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
        assertEquals(2, emulator.renewCount(token));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredByOurClock() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        useGateway(settings().withClock(new MutableClock(now)));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(12).atZone(ZoneOffset.UTC));
        emulator.faults().next(Fault.rateLimited(date));

        gateway.renew(library, AccessToken.of(seedToken()));

        assertEquals(List.of(Duration.ofSeconds(12)), sleeper.waits());
    }

    @Test
    void aLongRetryAfterIsCapped() {
        emulator.faults().next(Fault.rateLimited("86400"));

        gateway.renew(library, AccessToken.of(seedToken()));

        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.waits());
    }

    @Test
    void rateLimitingWithoutRetryAfterBacksOff() {
        String token = seedToken();
        emulator.faults().next(Fault.rateLimited(null), Fault.rateLimited("not a number"));

        gateway.renew(library, AccessToken.of(token));

        assertEquals(3, emulator.renewCount(token));
        assertBetween(sleeper.waits().get(0), Duration.ZERO, Duration.ofMillis(500));
        assertBetween(sleeper.waits().get(1), Duration.ZERO, Duration.ofMillis(1000));
    }

    @Test
    void rateLimitingThatLastsGivesUpWithTheCode() {
        emulator.faults().always(Fault.rateLimited("1"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals("RateLimitExceeded", failure.code());
        assertEquals(429, failure.httpStatus());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeper.waits());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 410, 422})
    void otherClientErrorsAreNeverRetried(int status) {
        String token = seedToken();
        emulator.faults().always(Fault.error(status, "SomeCode", "no"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(status, failure.httpStatus());
        assertEquals(1, emulator.renewCount(token));
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void aConnectionCutMidBodyIsRetried() {
        String token = seedToken();
        emulator.faults().next(Fault.resetMidBody());

        assertEquals(AccessToken.of(token), gateway.renew(library, AccessToken.of(token)).token());

        assertEquals(2, emulator.renewCount(token));
    }

    @Test
    void aConnectionCutEveryTimeIsANetworkFailure() {
        String token = seedToken();
        emulator.faults().always(Fault.resetMidBody());

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(Kind.NETWORK, failure.kind());
        assertEquals(0, failure.httpStatus());
        assertTrue(failure.getMessage().startsWith("The connection to SMH at 127.0.0.1:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("broke before the answer was complete"));
        assertTrue(failure.getMessage().endsWith("(3 attempts)"));
        assertEquals(3, emulator.renewCount(token));
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LibraryAddress nowhere = LibraryAddress.of(LIBRARY, "http://127.0.0.1:" + closedPort);

        SmhException failure = failure(() -> gateway.renew(nowhere, AccessToken.of(seedToken())));

        assertEquals(Kind.NETWORK, failure.kind());
        assertTrue(failure.isTransient());
        assertEquals("Could not connect to SMH at 127.0.0.1:" + closedPort + " (the connection was refused);"
                + " check the library's host setting and your network connection, then try again (3 attempts)",
                failure.getMessage());
        assertEquals(2, sleeper.waits().size());
    }

    @Test
    void aSlowServerTimesOutWithoutRetry() {
        useGateway(settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
        emulator.faults().always(Fault.delay(Duration.ofSeconds(2)));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.TIMEOUT, failure.kind());
        assertTrue(failure.isTransient());
        assertTrue(failure.getMessage().startsWith("SMH at 127.0.0.1:"));
        assertTrue(failure.getMessage().endsWith("did not answer within 300 ms; try again later"),
                failure.getMessage());
        assertEquals(1, emulator.requestCount(), "a timeout is not retried, so the wait stays bounded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:%d/api/v1/token", "http://other.invalid/somewhere?x=1"})
    void aRedirectIsNotFollowedAndNamesOnlyTheHost(String locationPattern) {
        String location = String.format(locationPattern, emulator.baseUri().getPort());
        String expectedHost = location.replaceAll("^http://([^/]+)/.*$", "$1");
        emulator.faults().next(Fault.redirect(location));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.REJECTED, failure.kind());
        assertEquals(302, failure.httpStatus());
        assertTrue(failure.getMessage().contains("redirected the request to " + expectedHost + ", which this app"
                + " does not follow"), failure.getMessage());
        assertFalse(failure.getMessage().contains(location));
        assertEquals(1, emulator.requestCount());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void anInterruptedWaitCancelsTheCallAndKeepsTheInterrupt() {
        useGateway(settings().withSleeper(duration -> {
            throw new InterruptedException();
        }));
        emulator.faults().always(Fault.error(503, "ServerOverloaded", "busy"));
        try {
            SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

            assertTrue(Thread.currentThread().isInterrupted());
            assertTrue(failure.getMessage().contains("was cancelled before it finished"), failure.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    private static void assertBetween(Duration actual, Duration low, Duration high) {
        assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
                () -> actual + " not within " + low + " and " + high);
    }
}
