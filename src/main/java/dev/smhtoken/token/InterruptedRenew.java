package dev.smhtoken.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A renew of {@code ref}, sent no later than {@code sentAt} by a run of the app that ended before
 * its outcome was saved. SMH may have answered it with a new token value that is now lost, so the
 * saved token may no longer work; {@link #advice()} tells the user so and what to do.
 */
public record InterruptedRenew(TokenRef ref, Instant sentAt) {
    public InterruptedRenew {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The sentence for the user: which token, since when, and what to do. */
    public UserText advice() {
        return UserText.of("error.renew.interrupted", ref, sentAt);
    }
}
