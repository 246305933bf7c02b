package dev.smhtoken.vault;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Well-formed JSON that does not have the shape of a vault document: an unknown field, or a value of
 * the wrong type. It carries only where that is, never the text there, which could be a secret.
 */
final class UnexpectedJsonException extends RuntimeException {
    private final transient JsonLocation location;

    /** At the token {@code parser} stands on. */
    UnexpectedJsonException(JsonParser parser) {
        super("unexpected JSON", null, false, false);
        this.location = parser.currentTokenLocation();
    }

    JsonLocation location() {
        return location;
    }
}
