package dev.smhtoken.token;

import java.util.Objects;

/**
 * An SMH access token: an opaque bearer credential. Its value is only ever read through
 * {@link #reveal()}, so that a log line or an exception built from this object shows a redaction.
 */
public final class AccessToken {
    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    /** Wraps a token as pasted or returned by SMH; surrounding white space is dropped. */
    public static AccessToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(UserText.of("error.token.empty"));
        }
        String trimmed = value.strip();
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(UserText.of("error.token.hasSpaces"));
        }
        return new AccessToken(trimmed);
    }

    public String reveal() {
        return value;
    }

    /** The first and last few characters, enough to tell tokens apart without exposing them. */
    public String masked() {
        if (value.length() <= 12) {
            return "•".repeat(8);
        }
        return value.substring(0, 4) + "•".repeat(8) + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
