package dev.smhtoken.ui.main;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.RenewOutcome;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.UserMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The token list's state: the libraries and their token rows as the window shows them, and how the
 * user looks at them (filter and order, kept here so that a view rebuilt in another language keeps
 * them). A saved vault is merged into the rows that exist, so rows, their renews in flight and the
 * selection stay. UI thread only.
 */
public final class TokenListViewModel {
    private final ObservableList<LibraryEntry> libraries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<TreeOrder> order = new SimpleObjectProperty<>(this, "order", TreeOrder.TIME_LEFT);
    private final Supplier<Messages> messages;
    private Instant now = Instant.EPOCH;

    /** @param messages the language the window speaks now (failures are said in it) */
    public TokenListViewModel(Supplier<Messages> messages) {
        this.messages = messages;
    }

    public ObservableList<LibraryEntry> libraries() {
        return libraries;
    }

    /** False until the first load finished: the start view must not flash before the vault is read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The filter text: the list shows what matches it (case-insensitive); blank shows everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TreeOrder> orderProperty() {
        return order;
    }

    /** The window's clock, for what needs attention (expired tokens first within their library). */
    void setNow(Instant value) {
        now = value;
    }

    /** Shows a saved vault, keeping the rows (and their renews in flight) that still exist. */
    void show(Vault vault) {
        Map<String, LibraryEntry> known = new HashMap<>();
        libraries.forEach(l -> known.put(l.libraryId(), l));
        List<LibraryEntry> shown = new ArrayList<>(vault.libraries().size());
        for (Library library : vault.libraries()) {
            LibraryEntry entry = known.computeIfAbsent(library.id(), id -> new LibraryEntry(library));
            entry.setLibrary(library);
            showTokens(entry, library);
            shown.add(entry);
        }
        if (!shown.equals(libraries)) {
            libraries.setAll(shown);
        }
        loaded.set(true);
    }

    /** Drops every row and the tokens in them (the vault was locked or another one opens). */
    void clear(boolean stillLoaded) {
        libraries.clear();
        loaded.set(stillLoaded);
    }

    /** A renew of this row's token went out: the row shows it (a click has set it already). */
    void renewStarted(TokenEntry row) {
        if (!row.isRenewing()) {
            row.setRenewing(true);
            row.setFailure(null, messages.get());
        }
    }

    /**
     * A renew ended: the row shows the saved token, and the failure if any. A renew that a cancelled
     * renew-many never sent is no failure: the row is as it was.
     */
    void renewFinished(TokenEntry row, RenewOutcome outcome) {
        row.setRenewing(false);
        if (notSent(outcome)) {
            return;
        }
        if (outcome.token() != null && !outcome.token().equals(row.token())) {
            row.setToken(outcome.token());
        }
        row.setFailure(outcome.succeeded() ? null : m -> UserMessages.of(outcome.failure(), m), messages.get());
    }

    /** Whether the renew was dropped before its request went out (a renew-many was cancelled). */
    static boolean notSent(RenewOutcome outcome) {
        return outcome.failure() instanceof CancellationException;
    }

    /** Says every failure shown again in another language. */
    void sayFailuresIn(Messages value) {
        libraries.forEach(library -> library.tokens().forEach(row -> row.sayFailureIn(value)));
    }

    /** Every row by its token, built once for a batch of renew results. */
    Map<TokenRef, TokenEntry> rowsByRef() {
        Map<TokenRef, TokenEntry> rows = new HashMap<>();
        libraries.forEach(l -> l.tokens().forEach(t -> rows.put(t.ref(), t)));
        return rows;
    }

    /** The rows of {@code refs} that the list has, in the list's order. */
    List<TokenEntry> rows(Collection<TokenRef> refs) {
        List<TokenEntry> found = new ArrayList<>();
        libraries.forEach(l -> l.tokens().stream().filter(t -> refs.contains(t.ref())).forEach(found::add));
        return found;
    }

    /** The vault as the rows hold it now (renewed tokens included): what warnings are computed from. */
    Vault asVault(Settings settings) {
        List<Library> shown = new ArrayList<>(libraries.size());
        for (LibraryEntry entry : libraries) {
            List<Token> tokens = entry.tokens().stream().map(TokenEntry::token).toList();
            Library library = entry.library();
            shown.add(new Library(library.address(), library.name(), tokens));
        }
        return new Vault(shown, settings);
    }

    private void showTokens(LibraryEntry entry, Library library) {
        Map<String, TokenEntry> known = new HashMap<>();
        entry.tokens().forEach(t -> known.put(t.label(), t));
        List<TokenEntry> shown = new ArrayList<>(library.tokens().size());
        List<TokenEntry> urgent = new ArrayList<>();
        for (Token token : library.tokens()) {
            TokenEntry row = known.computeIfAbsent(token.label(), label -> new TokenEntry(entry, token));
            if (!row.isRenewing()) {
                // An unchanged token is not set again: each set redraws the row and may re-sort the tree.
                if (!token.equals(row.token())) {
                    row.setToken(token);
                }
                if (token.needsNewToken() && row.failure() == null) {
                    row.setFailure(m -> m.get("renew.needsNewToken"), messages.get());
                }
            }
            // Expired and dead tokens first within their library: they need the user's attention.
            (needsAttention(row.token(), now) ? urgent : shown).add(row);
        }
        shown.addAll(0, urgent);
        if (!shown.equals(entry.tokens())) {
            entry.tokens().setAll(shown);
        }
    }

    private static boolean needsAttention(Token token, Instant now) {
        return token.needsNewToken() || token.state(now) == TokenState.EXPIRED;
    }
}
