package dev.smhtoken.ui.main;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.NewTokenSecretDialog;
import dev.smhtoken.ui.edit.TokenDialog;

/**
 * The dialogs the main window opens over its rows: add or edit a library, add a token, confirm a
 * removal or a revoke, ask the secret for a new token. What they saved reaches the view models.
 */
final class RowDialogs {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final LibraryDialog libraryDialog;
    private final TokenDialog tokenDialog;

    RowDialogs(MainViewModel model, DialogService dialogs, LibraryDialog libraryDialog, TokenDialog tokenDialog) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = dialogs.messages();
        this.libraryDialog = libraryDialog;
        this.tokenDialog = tokenDialog;
    }

    void addLibrary() {
        libraryDialog.show(null).ifPresent(library -> {
            model.reload();
            model.status().setStatus(messages.format("status.addedLibrary", library.name()));
        });
    }

    void editLibrary(LibraryEntry entry) {
        libraryDialog.show(entry.library()).ifPresent(library -> model.reload());
    }

    void addTokenTo(LibraryEntry library) {
        tokenDialog.show(library.library()).ifPresent(token -> {
            model.reload();
            model.status().setStatus(messages.format("status.addedToken", library.libraryId() + "/" + token.label()));
        });
    }

    /** Removes the token or the library on this line, once the user confirmed it. */
    void remove(TreeEntry entry) {
        String question = entry instanceof TokenEntry token
                ? messages.format("remove.tokenQuestion", token.ref())
                : messages.format("remove.libraryQuestion", entry.owner().library().name(), entry.owner().tokens().size());
        if (dialogs.confirm(messages.get("remove.title"), question, messages.get("main.remove"))) {
            if (entry instanceof TokenEntry token) {
                model.actions().removeToken(token);
            } else {
                model.actions().removeLibrary(entry.owner());
            }
        }
    }

    void confirmRevoke(TokenEntry token) {
        if (dialogs.confirm(messages.get("revoke.title"), messages.format("revoke.question", token.ref()),
                messages.get("action.revoke"))) {
            model.actions().revoke(token);
        }
    }

    /**
     * Replaces the dead token with one generated the same way: at once with the secret its library
     * remembers, else after asking for the library secret.
     */
    void generateNewToken(TokenEntry token) {
        if (token.owner().library().remembersSecret()) {
            model.actions().replace(token, null);
            return;
        }
        try {
            new NewTokenSecretDialog(dialogs).ask(token.ref()).ifPresent(secret -> model.actions().replace(token, secret));
        } catch (InvalidInputException e) {
            model.status().setStatus(messages.sentence(e.userText()));
        }
    }

    /** What a row asks of the window around the list. */
    RowRequests requests() {
        return new RowRequests(this::addTokenTo, this::confirmRevoke, this::generateNewToken);
    }
}
