package dev.smhtoken.smh;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of {@link HttpSmhGateway}. {@link #defaults(Clock)} is what the app uses; tests shorten
 * the timeouts and inject a {@link Sleeper} that does not really sleep.
 *
 * @param connectTimeout  how long to wait for a connection
 * @param responseTimeout how long to wait for the answer once connected (between bytes)
 * @param callDeadline    the longest one call may take in all, its attempts and the waits between them
 *                        included: a server that trickles its answer a byte at a time is cut off here
 * @param maxAttempts     attempts per call, the first included; 1 means no retry
 * @param backoffBase     the first retry waits up to this long (full jitter), doubling each time
 * @param backoffCap      no computed wait is longer than this
 * @param maxRetryAfter   a server's Retry-After is honoured up to this long
 * @param maxBodyBytes    a larger answer is refused unread
 * @param sleeper         how the waits between attempts are spent
 * @param clock           for Retry-After dates and the clock-skew check
 */
public record SmhClientSettings(Duration connectTimeout, Duration responseTimeout, Duration callDeadline,
                                int maxAttempts, Duration backoffBase, Duration backoffCap, Duration maxRetryAfter,
                                int maxBodyBytes, Sleeper sleeper, Clock clock) {
    public SmhClientSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        requirePositive(callDeadline, "callDeadline");
        requirePositive(backoffBase, "backoffBase");
        requirePositive(backoffCap, "backoffCap");
        requirePositive(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * 10 s to connect, 20 s to answer, 30 s for the whole call, 3 attempts, 0.5 s backoff up to 8 s,
     * Retry-After up to 30 s, 64 KiB.
     */
    public static SmhClientSettings defaults(Clock clock) {
        return new SmhClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), 3,
                Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), 64 * 1024, Sleeper.REAL, clock);
    }

    public SmhClientSettings withTimeouts(Duration connect, Duration response) {
        return new SmhClientSettings(connect, response, callDeadline, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter, maxBodyBytes, sleeper, clock);
    }

    public SmhClientSettings withCallDeadline(Duration deadline) {
        return new SmhClientSettings(connectTimeout, responseTimeout, deadline, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter, maxBodyBytes, sleeper, clock);
    }

    public SmhClientSettings withMaxAttempts(int attempts) {
        return new SmhClientSettings(connectTimeout, responseTimeout, callDeadline, attempts, backoffBase, backoffCap,
                maxRetryAfter, maxBodyBytes, sleeper, clock);
    }

    public SmhClientSettings withSleeper(Sleeper newSleeper) {
        return new SmhClientSettings(connectTimeout, responseTimeout, callDeadline, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter, maxBodyBytes, newSleeper, clock);
    }

    public SmhClientSettings withClock(Clock newClock) {
        return new SmhClientSettings(connectTimeout, responseTimeout, callDeadline, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter, maxBodyBytes, sleeper, newClock);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
