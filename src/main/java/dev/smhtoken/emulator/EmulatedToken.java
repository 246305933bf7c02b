package dev.smhtoken.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * What the emulator knows of one token it issued, for tests to check what arrived.
 * {@link #toString()} hides the value.
 */
public record EmulatedToken(String value, String libraryId, Duration period, Instant expiresAt, boolean revoked,
                            String userId, String clientId, String spaceId, String grant) {

    EmulatedToken rearmed(Instant now) {
        return new EmulatedToken(value, libraryId, period, now.plus(period), revoked, userId, clientId, spaceId, grant);
    }

    EmulatedToken revoke() {
        return new EmulatedToken(value, libraryId, period, expiresAt, true, userId, clientId, spaceId, grant);
    }

    boolean usableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "EmulatedToken[value=redacted, libraryId=" + libraryId + ", period=" + period + ", expiresAt="
                + expiresAt + ", revoked=" + revoked + "]";
    }
}
