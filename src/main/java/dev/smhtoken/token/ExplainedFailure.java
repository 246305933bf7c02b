package dev.smhtoken.token;

import java.util.concurrent.CompletionException;

/**
 * A failure written to be shown to the user: its {@link UserText} says what happened and what to
 * do, in any language; its {@code getMessage()} is that sentence in English.
 */
public interface ExplainedFailure {
    UserText userText();

    /**
     * What to tell the user about {@code failure}: its own sentence when it is one of ours, else
     * only that something unexpected happened: a foreign exception's message might quote a request
     * URL that holds a token, and its class name means nothing to the user (the log has it).
     */
    static UserText textOf(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ExplainedFailure explained) {
            return explained.userText();
        }
        return UserText.of("error.failure.unexpected");
    }

    /** The failure itself, out of the {@link CompletionException}s that futures wrap it in. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
