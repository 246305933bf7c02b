package dev.smhtoken.ui.common;

import dev.smhtoken.token.ExplainedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure from a worker into the sentence the user sees, in the window's language. */
public final class UserMessages {
    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {
    }

    /**
     * Our own failures carry their sentence as a key and arguments, said here in the language of
     * {@code messages}; anything else is a bug, shown as such and logged by type only (a foreign
     * exception's message might quote a request URL that holds a token).
     */
    public static String of(Throwable failure, Messages messages) {
        if (!(ExplainedFailure.unwrap(failure) instanceof ExplainedFailure)) {
            LOG.error("Unexpected failure of type {}", ExplainedFailure.unwrap(failure).getClass().getName());
        }
        return messages.sentence(ExplainedFailure.textOf(failure));
    }
}
