package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renew through the coordinator (the path every renew takes) against the emulator told to
 * misbehave: how often it was tried, what the user reads, and that the saved token keeps its value
 * and expiry (only a failure event is added to its history).
 */
class RenewFaultsTest {
    private static final Duration DAY = Duration.ofDays(1);
    private static final int ATTEMPTS = 3;

    @TempDir
    Path dataDir;
    private RenewBench bench;
    private String value;
    private Token before;

    @BeforeEach
    void seed() {
        bench = new RenewBench(dataDir, 4, Duration.ofMillis(1500), ATTEMPTS);
        value = bench.seed("default", DAY, Duration.ofHours(1), null);
        before = bench.saved("default");
    }

    @AfterEach
    void close() throws InterruptedException {
        bench.close();
    }

    @Test
    void serverErrorsAreRetriedThenReported() {
        for (int status : new int[] {500, 502, 503}) {
            bench.emulator.faults().clear();
            bench.emulator.faults().always(Fault.error(status, "InternalServerError", "boom"));
            int requestsBefore = bench.emulator.requestCount();
            SmhException failure = renewFails();
            assertEquals(ATTEMPTS, bench.emulator.requestCount() - requestsBefore, "HTTP " + status);
            assertEquals(status, failure.httpStatus());
            assertTrue(failure.isTransient());
        }
        assertUnchanged("InternalServerError");
    }

    @Test
    void aPassingServerErrorIsRetriedAndTheRenewSucceeds() {
        bench.emulator.faults().next(Fault.error(503, "ServerOverloaded", "busy"), Fault.html(502));
        Token renewed = bench.useCases.renewals().renew(RenewBench.ref("default")).join();
        assertEquals(3, bench.emulator.renewCount(value));
        assertEquals(RenewBench.START.plus(DAY), renewed.expiresAt());
        assertEquals(renewed, bench.saved("default"));
    }

    @Test
    void rateLimitWithRetryAfterWaitsAsTold() {
        bench.emulator.faults().next(Fault.rateLimited("7"));
        bench.useCases.renewals().renew(RenewBench.ref("default")).join();
        assertEquals(2, bench.emulator.renewCount(value));
        assertEquals(List.of(Duration.ofSeconds(7)), bench.waits);
    }

    @Test
    void rateLimitWithoutRetryAfterBacksOffAndFinallyReports() {
        bench.emulator.faults().always(Fault.rateLimited(null));
        SmhException failure = renewFails();
        assertEquals(ATTEMPTS, bench.emulator.renewCount(value));
        assertEquals(429, failure.httpStatus());
        assertEquals(ATTEMPTS - 1, bench.waits.size());
        assertUnchanged("RateLimitExceeded");
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsATimeout() {
        bench.emulator.faults().always(Fault.delay(Duration.ofMillis(2500)));
        SmhException failure = renewFails();
        assertEquals(SmhException.Kind.TIMEOUT, failure.kind());
        assertEquals(1, bench.emulator.renewCount(value), "a timeout is not retried, so the wait stays bounded");
        assertTrue(failure.getMessage().length() > 20, failure.getMessage());
        assertUnchanged("TIMEOUT");
    }

    @Test
    void aConnectionCutMidBodyIsRetried() {
        bench.emulator.faults().next(Fault.resetMidBody());
        bench.useCases.renewals().renew(RenewBench.ref("default")).join();
        assertEquals(2, bench.emulator.renewCount(value));
    }

    @Test
    void unusableSuccessAnswersAreNotRetried() {
        List<Fault> bad = List.of(Fault.json("{\"accessToken\": \"abc\", \"expiresIn\""),
                Fault.json("{\"accessToken\": 42, \"expiresIn\": \"soon\"}"),
                Fault.hugeBody(10 * 1024 * 1024));
        for (Fault fault : bad) {
            bench.emulator.faults().clear();
            bench.emulator.faults().next(fault);
            int requestsBefore = bench.emulator.requestCount();
            SmhException failure = renewFails();
            assertEquals(1, bench.emulator.requestCount() - requestsBefore, fault.toString());
            assertEquals(SmhException.Kind.BAD_RESPONSE, failure.kind(), fault.toString());
        }
        assertUnchanged(null);
    }

    @Test
    void anHtmlErrorPageIsReportedClearly() {
        bench.emulator.faults().always(Fault.html(502));
        SmhException failure = renewFails();
        assertEquals(ATTEMPTS, bench.emulator.renewCount(value));
        assertEquals(502, failure.httpStatus());
        assertFalse(failure.getMessage().contains("<html"), failure.getMessage());
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() {
        bench.emulator.faults().next(Fault.redirect("https://elsewhere.example/api/v1/token/x/y"));
        int requestsBefore = bench.emulator.requestCount();
        SmhException failure = renewFails();
        assertEquals(1, bench.emulator.requestCount() - requestsBefore);
        assertEquals(302, failure.httpStatus(), failure.kind() + ": " + failure.getMessage());
        assertUnchanged(null);
    }

    @Test
    void anotherClientErrorIsNeverRetried() {
        bench.emulator.faults().next(Fault.error(403, "NoPermission", "no"));
        SmhException failure = renewFails();
        assertEquals(1, bench.emulator.renewCount(value));
        assertEquals("NoPermission", failure.code());
        assertFalse(bench.saved("default").needsNewToken());
    }

    @Test
    void anInvalidTokenIsMarkedAsNeedingANewOne() {
        bench.clock.advance(Duration.ofHours(2)); // expired at the emulator
        SmhException failure = renewFails();
        assertTrue(failure.tokenIsDead());
        assertTrue(failure.getMessage().startsWith("InvalidAccessToken"), failure.getMessage());
        assertTrue(bench.saved("default").needsNewToken());
        assertUnchanged("InvalidAccessToken");
    }

    private SmhException renewFails() {
        var future = bench.useCases.renewals().renew(RenewBench.ref("default"));
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertFalse(bench.useCases.renewals().isRenewing(RenewBench.ref("default")));
        return assertInstanceOf(SmhException.class, thrown.getCause());
    }

    /** Value and expiry as before; the last history event is the failure with {@code code} (when given). */
    private void assertUnchanged(String code) {
        Token now = bench.saved("default");
        assertEquals(before.value(), now.value());
        assertEquals(before.expiresAt(), now.expiresAt());
        assertEquals(before.period(), now.period());
        TokenEvent last = now.history().get(now.history().size() - 1);
        assertEquals(TokenEvent.Kind.FAILED, last.kind());
        if (code != null) {
            assertTrue(last.code().contains(code), last.code());
        }
    }

}
