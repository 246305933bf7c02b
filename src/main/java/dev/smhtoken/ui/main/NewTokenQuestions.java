package dev.smhtoken.ui.main;

import dev.smhtoken.token.LibrarySecret;
import java.util.Optional;

/**
 * What the window asks before a token that cannot be renewed any more (SMH rejects it, or it was
 * revoked) is replaced by a newly generated one. The view answers with dialogs; without a view
 * (the view models' tests) nothing is confirmed and nothing asked.
 */
interface NewTokenQuestions {
    /** Answers no to everything: nothing is replaced. */
    NewTokenQuestions NONE = new NewTokenQuestions() {
        @Override
        public boolean confirmReplace(TokenEntry row, String why, boolean thenCopy) {
            return false;
        }

        @Override
        public boolean offerGenerate(TokenEntry row, String why) {
            return false;
        }

        @Override
        public Optional<LibrarySecret> askSecret(TokenEntry row) {
            return Optional.empty();
        }
    };

    /**
     * The library remembers its secret: may a new token take this one's place?
     *
     * @param why      why this token cannot be renewed, as a sentence
     * @param thenCopy whether the new token is copied once made (a copy fresh)
     */
    boolean confirmReplace(TokenEntry row, String why, boolean thenCopy);

    /** No secret is remembered and a copy fresh copied nothing: does the user want to generate a new token? */
    boolean offerGenerate(TokenEntry row, String why);

    /** The library secret for one new token (the caller closes it), or empty when the user cancels. */
    Optional<LibrarySecret> askSecret(TokenEntry row);
}
