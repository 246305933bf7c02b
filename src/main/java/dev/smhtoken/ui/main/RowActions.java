package dev.smhtoken.ui.main;

import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.RecentCopies;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.common.UserMessages;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the user does to one row: copy fresh, renew, copy, auto-renew on or off, revoke, replace a
 * dead token, remove a token or a library. Blocking work runs through the task executor; its result lands on
 * the row and the status line. UI thread only.
 */
public final class RowActions {
    private final TaskExecutor tasks;
    private final TokenClipboard clipboard;
    private final Supplier<TokenUseCases> useCases;
    private final Supplier<Messages> language;
    private final StatusBarViewModel status;
    private final Consumer<Vault> showSaved;
    private final FreshCopies freshCopies = new FreshCopies(this::copyRenewed, this::freshCopyFailed);
    private final NewTokenRemedy remedy;
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
        this.remedy = new NewTokenRemedy(language, status, this::replace);
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

    /** Who asks before a dead token is replaced: the view built over these actions (null: nobody, nothing is replaced). */
    void askWith(NewTokenQuestions value) {
        remedy.askWith(value);
    }

    /**
     * Copy fresh, the row's main action: renews the token through the one renew path and, once the
     * renew is saved, puts the value SMH answered on the clipboard (its timer starts then). A failed
     * renew copies nothing and the row says why. A token SMH no longer accepts (or one revoked) is
     * replaced by a new one and that is copied, after the user confirmed it, when its library
     * remembers its secret; without one the row says so and the user is offered Generate new token.
     */
    public void copyFresh(TokenEntry entry) {
        TokenUseCases current = useCases.get();
        if (current == null || freshCopies.isWaiting(entry.ref())) {
            return;
        }
        Token token = entry.token();
        if (token.revokedAt() != null || token.needsNewToken()) {
            // Known dead: a renew would only be refused again.
            remedy.afterCopyFresh(entry, NewTokenRemedy.reason(entry));
            return;
        }
        Messages messages = language.get();
        if (!entry.isRenewing()) {
            entry.setFailure(null, messages);
            entry.setRenewing(true);
        }
        status.setStatus(messages.format("status.copyFreshRenewing", entry.ref()));
        freshCopies.await(entry, () -> current.renewals().renew(entry.ref()));
    }

    /**
     * The remedy for an expired, revoked or rejected token (the row's Generate new): with a
     * remembered secret one confirmation, then the new token; without one the secret is asked for.
     */
    public void generateNew(TokenEntry entry) {
        remedy.generateNew(entry);
    }

    /** Renew outcomes reached their rows (the renew results' road calls this after each batch). */
    void renewsShown(Collection<TokenRef> finished) {
        freshCopies.shown(finished);
    }

    /** The vault shown is locked or another opens: no copy fresh still waiting copies anything. */
    void forgetFreshCopies() {
        freshCopies.clear();
    }

    /** Copies the token; it leaves the clipboard again after the timeout. The copy is kept in its history. */
    public void copy(TokenEntry entry) {
        copyValue(entry, entry.token(), "status.copied");
    }

    private void copyRenewed(TokenEntry entry, Token renewed) {
        copyValue(entry, renewed, "status.copiedFresh");
    }

    private void freshCopyFailed(TokenEntry entry, Throwable failure) {
        if (failure instanceof SmhException smh && smh.tokenIsDead()) {
            remedy.afterCopyFresh(entry, m -> UserMessages.of(failure, m));
            return;
        }
        // The row already says why (the renew's outcome came first); the status line adds that nothing was copied.
        Messages messages = language.get();
        status.setStatus(messages.format("status.copyFreshFailed", entry.ref(), UserMessages.of(failure, messages)));
    }

    /** Puts {@code token}'s value on the clipboard (its timer starts now) and keeps the copy in its history. */
    private void copyValue(TokenEntry entry, Token token, String statusKey) {
        TokenUseCases current = useCases.get();
        clipboard.copy(token.value(), token.expiresAt());
        recentCopies.add(entry.ref());
        Messages messages = language.get();
        status.setStatus(messages.format(statusKey, entry.ref()));
        if (current == null) {
            return;
        }
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
        replace(entry, secret, false);
    }

    /** As {@link #replace(TokenEntry, LibrarySecret)}; with {@code thenCopy} the new token is copied once saved. */
    private void replace(TokenEntry entry, LibrarySecret secret, boolean thenCopy) {
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
            if (thenCopy) {
                copyValue(entry, token, "status.replacedAndCopied");
            }
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
