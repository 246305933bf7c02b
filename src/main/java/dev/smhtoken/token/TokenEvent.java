package dev.smhtoken.token;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a token's history.
 *
 * @param at        when it happened
 * @param kind      what happened
 * @param expiresAt the token's expiry after the event, or null when unknown or unchanged
 * @param code      for a failure, SMH's error code (or the kind of network failure); otherwise null
 */
public record TokenEvent(Instant at, Kind kind, Instant expiresAt, String code) {
    public enum Kind { ADDED, GENERATED, RENEWED, FAILED, REVOKED, COPIED }

    public TokenEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
