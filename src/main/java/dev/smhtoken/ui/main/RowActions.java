package dev.smhtoken.ui.main;

import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.RecentCopies;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.common.UserMessages;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the user does to one row: renew, copy, auto-renew on or off, revoke, replace a dead token,
 * remove a token or a library. Blocking work runs through the task executor; its result lands on
 * the row and the status line. UI thread only.
 */
public final class RowActions {
    private final TaskExecutor tasks;
    private final TokenClipboard clipboard;
    private final Supplier<TokenUseCases> useCases;
    private final Supplier<Messages> language;
    private final StatusBarViewModel status;
    private final Consumer<Vault> showSaved;
    private final RecentCopies recentCopies;

    /**
     * @param showSaved    shows the vault as a change saved it (after a removal)
     * @param recentCopies notes every copy, for the finder's "copied lately"
     */
    RowActions(TaskExecutor tasks, TokenClipboard clipboard, Supplier<TokenUseCases> useCases,
               Supplier<Messages> language, StatusBarViewModel status, Consumer<Vault> showSaved,
               RecentCopies recentCopies) {
        this.tasks = tasks;
        this.clipboard = clipboard;
        this.useCases = useCases;
        this.language = language;
        this.status = status;
        this.showSaved = showSaved;
        this.recentCopies = recentCopies;
    }

    /**
     * Renews a token in the background. Every renew goes through the one coordinator, so a second
     * call while one runs (or while auto-renew or renew-many renews it) sends nothing.
     */
    public void renew(TokenEntry entry) {
        TokenUseCases current = useCases.get();
        if (current == null) {
            return;
        }
        if (entry.token().revokedAt() != null) {
            entry.setFailure(m -> m.format("renew.revoked", entry.ref()), language.get());
            return;
        }
        if (entry.isRenewing()) {
            return;
        }
        entry.setFailure(null, language.get());
        entry.setRenewing(true);
        current.renewals().renew(entry.ref());
    }

    /** Copies the token; it leaves the clipboard again after the timeout. The copy is kept in its history. */
    public void copy(TokenEntry entry) {
        TokenUseCases current = useCases.get();
        Token token = entry.token();
        clipboard.copy(token.value(), token.expiresAt());
        recentCopies.add(entry.ref());
        Messages messages = language.get();
        status.setStatus(messages.format("status.copied", entry.ref()));
        TokenRef ref = entry.ref();
        tasks.run(() -> current.history().recordCopy(ref), saved -> {
            if (saved != null && !entry.isRenewing()) {
                entry.setToken(saved);
            }
        }, status::fail);
    }

    /** Turns auto-renew on or off for one token. */
    public void setAutoRenew(TokenEntry entry, boolean on) {
        TokenUseCases current = useCases.get();
        TokenRef ref = entry.ref();
        tasks.run(() -> current.catalog().setAutoRenew(ref, on), token -> {
            entry.setToken(token);
            current.autoRenewer().vaultChanged();
            Messages messages = language.get();
            status.setStatus(messages.format(on ? "status.autoRenewOn" : "status.autoRenewOff", ref));
        }, status::fail);
    }

    /** Revokes the token at SMH and marks it revoked. */
    public void revoke(TokenEntry entry) {
        TokenUseCases current = useCases.get();
        TokenRef ref = entry.ref();
        tasks.run(() -> current.revocation().revoke(ref), token -> {
            entry.setToken(token);
            Messages messages = language.get();
            status.setStatus(messages.format("status.revoked", ref));
        }, failure -> entry.setFailure(m -> UserMessages.of(failure, m), language.get()));
    }

    /**
     * Replaces a dead token with a new one generated the same way (label, grant, ids, period);
     * the secret is used for that one request and wiped. With {@code secret} null the library's
     * remembered secret is used, and a refusal of it says how to update it.
     */
    public void replace(TokenEntry entry, LibrarySecret secret) {
        TokenUseCases current = useCases.get();
        TokenRef ref = entry.ref();
        tasks.run(() -> {
            if (secret == null) {
                return current.replacement().replace(ref, null);
            }
            try (secret) {
                return current.replacement().replace(ref, secret);
            }
        }, token -> {
            Messages messages = language.get();
            entry.setFailure(null, messages);
            entry.setToken(token);
            status.setStatus(messages.format("status.replaced", ref));
        }, failure -> {
            // On the row, and whole on the status line: with a remembered secret no dialog was shown.
            entry.setFailure(m -> UserMessages.of(failure, m), language.get());
            status.setStatus(ref + ": " + UserMessages.of(failure, language.get()));
        });
    }

    public void removeToken(TokenEntry entry) {
        TokenUseCases current = useCases.get();
        tasks.run(() -> {
            current.catalog().removeToken(entry.ref());
            return current.catalog().load();
        }, vault -> {
            showSaved.accept(vault);
            Messages messages = language.get();
            status.setStatus(messages.format("status.removedToken", entry.ref()));
        }, status::fail);
    }

    public void removeLibrary(LibraryEntry entry) {
        TokenUseCases current = useCases.get();
        tasks.run(() -> {
            current.catalog().removeLibrary(entry.libraryId());
            return current.catalog().load();
        }, vault -> {
            showSaved.accept(vault);
            Messages messages = language.get();
            status.setStatus(messages.format("status.removedLibrary", entry.library().name()));
        }, status::fail);
    }
}
