package dev.smhtoken.ui.main;

import dev.smhtoken.token.TimeLeft;
import dev.smhtoken.token.Token;
import dev.smhtoken.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;

/** A token's time left in words, as the list and the finder show it: {@code 1d 02h 03m 04s}, "expired", "—". */
public final class TimeLeftText {
    private TimeLeftText() {
    }

    public static String of(Token token, Instant now, Messages messages) {
        Duration left = token.timeLeft(now);
        if (token.revokedAt() != null) {
            return "—";
        } else if (left == null) {
            return messages.get("timeLeft.unknown");
        } else if (left.isZero()) {
            return messages.get("timeLeft.expired");
        }
        return TimeLeft.format(left);
    }
}
