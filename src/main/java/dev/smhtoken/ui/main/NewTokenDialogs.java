package dev.smhtoken.ui.main;

import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.edit.NewTokenSecretDialog;
import java.util.Optional;

/**
 * The window's answers to {@link NewTokenQuestions}: a confirmation that says what becomes of the
 * old token (it is replaced under its label, its value not kept, not revoked at SMH), the offer of
 * Generate new token when a copy fresh copied nothing, and the library secret dialog.
 */
final class NewTokenDialogs implements NewTokenQuestions {
    private final DialogService dialogs;
    private final Messages messages;

    NewTokenDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
        this.messages = dialogs.messages();
    }

    @Override
    public boolean confirmReplace(TokenEntry row, String why, boolean thenCopy) {
        String question = messages.format(thenCopy ? "replace.confirmAndCopy" : "replace.confirm", row.ref(), why);
        return dialogs.confirm(messages.get("action.generateNew"), question,
                messages.get(thenCopy ? "replace.generateAndCopy" : "action.generateNew"));
    }

    @Override
    public boolean offerGenerate(TokenEntry row, String why) {
        return dialogs.confirm(messages.get("action.copyFresh"), messages.format("copyFresh.offerGenerate", row.ref(), why),
                messages.get("action.generateNew") + "…");
    }

    @Override
    public Optional<LibrarySecret> askSecret(TokenEntry row) {
        return new NewTokenSecretDialog(dialogs).ask(row.ref());
    }
}
