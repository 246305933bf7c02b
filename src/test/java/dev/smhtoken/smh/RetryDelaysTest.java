package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RetryDelays delays = new RetryDelays(SmhClientSettings.defaults(clock));

    @Test
    void theCeilingDoublesFromTheBaseUpToTheCap() {
        assertEquals(500, delays.ceilingMillis(1));
        assertEquals(1000, delays.ceilingMillis(2));
        assertEquals(2000, delays.ceilingMillis(3));
        assertEquals(8000, delays.ceilingMillis(5));
        assertEquals(8000, delays.ceilingMillis(64));
    }

    @Test
    void jitteredWaitsStayUnderTheCeiling() {
        for (int i = 0; i < 200; i++) {
            Duration wait = delays.jittered(3);
            assertTrue(!wait.isNegative() && wait.toMillis() <= 2000, wait::toString);
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), delays.retryAfter(" 120 "));
        assertEquals(Optional.of(Duration.ofSeconds(90)), delays.retryAfter("Sun, 01 Mar 2026 10:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), delays.retryAfter("Sun, 01 Mar 2026 09:00:00 GMT"));
        assertEquals(Optional.empty(), delays.retryAfter("-5"));
        assertEquals(Optional.empty(), delays.retryAfter("soon"));
    }
}
