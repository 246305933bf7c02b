package dev.smhtoken.smh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * How long to wait before the next attempt: exponential backoff with full jitter, or the server's
 * {@code Retry-After} (seconds or an HTTP date), never longer than the configured caps.
 */
final class RetryDelays {
    private final Duration base;
    private final Duration cap;
    private final Duration maxRetryAfter;
    private final Clock clock;

    RetryDelays(SmhClientSettings settings) {
        this.base = settings.backoffBase();
        this.cap = settings.backoffCap();
        this.maxRetryAfter = settings.maxRetryAfter();
        this.clock = settings.clock();
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    Duration after(int attempt, WireResponse response) {
        if (response != null && response.retryAfter() != null) {
            Optional<Duration> asked = retryAfter(response.retryAfter());
            if (asked.isPresent()) {
                return min(asked.get(), maxRetryAfter);
            }
        }
        return jittered(attempt);
    }

    /** Full jitter: uniformly between zero and base * 2^(attempt-1), capped. */
    Duration jittered(int attempt) {
        long ceiling = ceilingMillis(attempt);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    long ceilingMillis(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return Math.min(millis < 0 ? Long.MAX_VALUE : millis, cap.toMillis());
    }

    Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        if (text.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        Instant date = DateUtils.parseStandardDate(text);
        if (date == null) {
            return Optional.empty();
        }
        Duration until = Duration.between(clock.instant(), date);
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
