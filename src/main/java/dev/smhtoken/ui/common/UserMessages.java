package dev.smhtoken.ui.common;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.VaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure from a worker into the sentence the user sees. */
public final class UserMessages {
    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {
    }

    public static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SmhException || cause instanceof InvalidInputException || cause instanceof VaultException) {
            return cause.getMessage();
        }
        // Our own exceptions are written to be shown; anything else is a bug, so it is logged by type
        // only (a foreign exception's message might quote a request URL that holds a token).
        LOG.error("Unexpected failure of type {}", cause.getClass().getName());
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName()
                + "). Nothing was changed; try again, and report it if it keeps happening.";
    }
}
