package dev.smhtoken.cli;

import dev.smhtoken.token.TimeLeft;
import dev.smhtoken.token.TokenState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How times and states are written on the command line: ISO-8601 UTC to the second, ASCII digits. */
final class Formats {
    private Formats() {
    }

    /** {@code 2026-11-25T19:00:00Z}, or null. */
    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String instantOrDash(Instant instant) {
        return instant == null ? "-" : instant(instant);
    }

    static String left(Duration left) {
        return left == null ? "unknown" : TimeLeft.format(left);
    }

    static String state(TokenState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
