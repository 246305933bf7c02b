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

    /**
     * Runs a generate call made with the secret a library remembers. When SMH refuses that secret,
     * the sentence says so and how to update it, instead of SMH's advice to check the secret typed.
     */
    public static <T> T usingRememberedSecret(Messages messages, String libraryName, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SmhException e) {
            if (!e.secretIsWrong()) {
                throw e;
            }
            throw new SmhException(e.kind(), e.httpStatus(), e.code(), e.serverMessage(), e.requestId(),
                    messages.format("secret.rememberedWrong", e.code(), libraryName), e);
        }
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
