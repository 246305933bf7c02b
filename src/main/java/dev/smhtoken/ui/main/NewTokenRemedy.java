package dev.smhtoken.ui.main;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.ui.common.Messages;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The remedy for a token that cannot be renewed any more (SMH rejects it, it was revoked, or it
 * expired as far as the app knows): a new token generated the same way, with the library's
 * remembered secret after one confirmation, else with a secret the user types. Reached from the
 * row's Generate new and from a copy fresh that met such a token (then the new token is copied).
 * UI thread only.
 */
final class NewTokenRemedy {
    /** Generates the new token in the dead one's place; {@code secret} null uses the remembered one. */
    interface Replacement {
        void replace(TokenEntry entry, LibrarySecret secret, boolean thenCopy);
    }

    private final Supplier<Messages> language;
    private final StatusBarViewModel status;
    private final Replacement replacement;
    private NewTokenQuestions questions = NewTokenQuestions.NONE;

    NewTokenRemedy(Supplier<Messages> language, StatusBarViewModel status, Replacement replacement) {
        this.language = language;
        this.status = status;
        this.replacement = replacement;
    }

    /** Who asks the user: the view built over the actions (null: nobody, and nothing is replaced). */
    void askWith(NewTokenQuestions value) {
        questions = value == null ? NewTokenQuestions.NONE : value;
    }

    /** The row's Generate new: one confirmation with a remembered secret, else the secret is asked for. */
    void generateNew(TokenEntry entry) {
        if (entry.owner().library().remembersSecret()) {
            if (questions.confirmReplace(entry, reason(entry).apply(language.get()), false)) {
                replacement.replace(entry, null, false);
            }
            return;
        }
        askSecretAndReplace(entry, false);
    }

    /**
     * A copy fresh met a dead token and copied nothing: with a remembered secret, replace it and copy
     * the new one once the user agreed; without one the row says so and Generate new token is offered.
     *
     * @param why why the token is dead, in any language
     */
    void afterCopyFresh(TokenEntry entry, Function<Messages, String> why) {
        Messages messages = language.get();
        if (entry.owner().library().remembersSecret()) {
            status.setStatus(messages.format("status.copyFreshDead", entry.ref(), why.apply(messages)));
            if (questions.confirmReplace(entry, why.apply(messages), true)) {
                replacement.replace(entry, null, true);
            }
            return;
        }
        Function<Messages, String> noSecret = m -> m.format("copyFresh.noSecret", why.apply(m));
        entry.setFailure(noSecret, messages);
        status.setStatus(messages.format("status.copyFreshFailed", entry.ref(), noSecret.apply(messages)));
        if (questions.offerGenerate(entry, why.apply(messages))) {
            askSecretAndReplace(entry, true);
        }
    }

    /** Why this token needs a new one, in any language: revoked, rejected by SMH, or expired. */
    static Function<Messages, String> reason(TokenEntry entry) {
        if (entry.token().revokedAt() != null) {
            return m -> m.format("renew.revoked", entry.ref());
        }
        if (entry.token().needsNewToken()) {
            return m -> m.get("renew.needsNewToken");
        }
        return m -> m.format("replace.expired", entry.ref());
    }

    private void askSecretAndReplace(TokenEntry entry, boolean thenCopy) {
        try {
            questions.askSecret(entry).ifPresent(secret -> replacement.replace(entry, secret, thenCopy));
        } catch (InvalidInputException refused) {
            status.setStatus(language.get().sentence(refused.userText()));
        }
    }
}
