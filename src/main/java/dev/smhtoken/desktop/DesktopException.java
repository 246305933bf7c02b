package dev.smhtoken.desktop;

/**
 * A login item or scheduler job that could not be written, installed or removed. Its message is a
 * sentence for the user that says what to do; it never holds a secret (nothing here handles one).
 */
public final class DesktopException extends RuntimeException {
    public DesktopException(String message) {
        super(message);
    }

    public DesktopException(String message, Throwable cause) {
        super(message, cause);
    }
}
