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

    /** SMH's tokens are about 50 characters; a longer text than this is not a token. */
    public static final int MAX_LENGTH = 4096;

    /**
     * Wraps a token as pasted, read from a file or returned by SMH; surrounding white space is
     * dropped. At most {@link #MAX_LENGTH} characters, nothing unprintable.
     */
    public static AccessToken of(String value) {
        AccessToken token = saved(value);
        if (token.value.length() > MAX_LENGTH) {
            throw new InvalidInputException(UserText.of("error.token.tooLong", token.value.length(), MAX_LENGTH));
        }
        if (Printable.hasUnprintable(token.value)) {
            throw new InvalidInputException(UserText.of("error.token.unprintable"));
        }
        return token;
    }

    /**
     * A token as the vault holds it. Only the rules every version kept apply, so that a vault saved
     * by an earlier version always opens; {@link #of} checks what comes in from outside.
     */
    public static AccessToken saved(String value) {
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
