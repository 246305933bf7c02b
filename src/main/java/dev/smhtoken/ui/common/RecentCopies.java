package dev.smhtoken.ui.common;

import dev.smhtoken.token.TokenRef;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tokens this window copied lately, most recent first, so that the finder (and anything else
 * that offers "what you copied before") can put them first. In memory only, and names only (a
 * {@link TokenRef} is no secret); forgotten when the vault is locked or another one opens. UI thread only.
 */
public final class RecentCopies {
    /** How many are kept; a copy beyond it drops the oldest. */
    public static final int KEPT = 10;
    private final ObservableList<TokenRef> refs = FXCollections.observableArrayList();
    private final ObservableList<TokenRef> readOnly = FXCollections.unmodifiableObservableList(refs);

    /** A token was copied: it becomes the most recent (once, however often it was copied). */
    public void add(TokenRef ref) {
        refs.remove(ref);
        refs.add(0, ref);
        if (refs.size() > KEPT) {
            refs.remove(KEPT, refs.size());
        }
    }

    /** Every token kept, most recent first; listen to it to follow new copies. */
    public ObservableList<TokenRef> refs() {
        return readOnly;
    }

    /** The {@code count} most recently copied (fewer when fewer were copied), most recent first. */
    public List<TokenRef> latest(int count) {
        return List.copyOf(refs.subList(0, Math.min(Math.max(count, 0), refs.size())));
    }

    /** How recent a copy of {@code ref} is: 0 for the last one, -1 when it was not copied lately. */
    public int rank(TokenRef ref) {
        return refs.indexOf(ref);
    }

    /** Forgets every copy (the vault was locked, or another one opens). */
    public void clear() {
        refs.clear();
    }
}
