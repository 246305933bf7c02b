package dev.smhtoken.ui.main;

import dev.smhtoken.token.ExplainedFailure;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The copy-fresh renews waiting for their end. A copy fresh settles only once its renew's outcome
 * has reached the row on the renew results' one road ({@link RenewResults}), so that what the
 * copy says on the row and the status line comes after what the renew said, never under it. The
 * value copied is the renew's own result: the token SMH answered, once saved. UI thread only.
 */
final class FreshCopies {
    private final Map<TokenRef, Waiting> waiting = new HashMap<>();
    private final BiConsumer<TokenEntry, Token> renewed;
    private final BiConsumer<TokenEntry, Throwable> failed;

    /**
     * @param renewed what to do with the renewed token (copy it)
     * @param failed  what to do when the renew failed (the failure, out of its future's wrapping)
     */
    FreshCopies(BiConsumer<TokenEntry, Token> renewed, BiConsumer<TokenEntry, Throwable> failed) {
        this.renewed = renewed;
        this.failed = failed;
    }

    /** Whether a copy fresh of this token waits for its renew: a second one adds nothing. */
    boolean isWaiting(TokenRef ref) {
        return waiting.containsKey(ref);
    }

    /**
     * Waits for the renew {@code start} starts (it may end before it returns: on the tests'
     * executor the whole renew runs inside it).
     */
    void await(TokenEntry row, java.util.function.Supplier<CompletableFuture<Token>> start) {
        Waiting entry = new Waiting(row);
        waiting.put(row.ref(), entry);
        entry.renew = start.get();
        if (entry.shown && entry.renew.isDone()) {
            settle(entry);
        }
    }

    /** A batch of renew outcomes reached their rows: the copies waiting for them settle now. */
    void shown(Collection<TokenRef> finished) {
        for (TokenRef ref : finished) {
            Waiting entry = waiting.get(ref);
            if (entry == null) {
                continue;
            }
            if (entry.renew == null) {
                entry.shown = true;
            } else if (entry.renew.isDone()) {
                // Done before its outcome was told (the renew path completes first), so this is its own.
                settle(entry);
            }
        }
    }

    /** Forgets every copy waiting (the vault was locked or another one opens): nothing is copied from it. */
    void clear() {
        waiting.clear();
    }

    private void settle(Waiting entry) {
        waiting.remove(entry.row.ref(), entry);
        Token token;
        try {
            token = entry.renew.join();
        } catch (RuntimeException failure) {
            failed.accept(entry.row, ExplainedFailure.unwrap(failure));
            return;
        }
        renewed.accept(entry.row, token);
    }

    private static final class Waiting {
        final TokenEntry row;
        CompletableFuture<Token> renew;
        boolean shown;

        Waiting(TokenEntry row) {
            this.row = row;
        }
    }
}
