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

    /** SMH's code for a token that is invalid, expired or revoked. */
    public static final String INVALID_TOKEN_CODE = "InvalidAccessToken";

    public static TokenEvent of(Instant at, Kind kind, Instant expiresAt) {
        return new TokenEvent(at, kind, expiresAt, null);
    }

    /** A failed call: SMH's code when it sent one, else the kind of failure (TIMEOUT, NETWORK ...). */
    public static TokenEvent failed(Instant at, RuntimeException failure) {
        String code = failure instanceof SmhException smh
                ? (smh.code() != null ? smh.code() : smh.httpStatus() > 0 ? "HTTP " + smh.httpStatus() : smh.kind().name())
                : failure.getClass().getSimpleName();
        return new TokenEvent(at, Kind.FAILED, null, code);
    }

    public TokenEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
