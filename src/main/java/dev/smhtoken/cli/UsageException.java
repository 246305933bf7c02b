package dev.smhtoken.cli;

/** A mistake in the command line or its input that the user can fix; exit code 2, nothing changed. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
