package dev.smhtoken.ui.find;

import dev.smhtoken.ui.common.RecentCopies;
import dev.smhtoken.ui.main.LibraryEntry;
import dev.smhtoken.ui.main.TokenEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick finder's state: open or not, the query, the tokens that match it best first (with an
 * empty query, those copied lately first), and the one chosen by the arrow keys. Choosing copies
 * through the {@link FinderActions} it was given, then closes. No control, no toolkit: UI thread only.
 */
public final class FinderViewModel {
    /** More results than this would only be scrolled past: a longer query finds the rest. */
    static final int MAX_RESULTS = 50;
    private final ObservableList<LibraryEntry> libraries;
    private final RecentCopies recentCopies;
    private final FinderActions actions;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<FinderResult> results = FXCollections.observableArrayList();
    private final ObservableList<FinderResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);

    /** @param libraries the rows the window shows (the finder looks through all of them, whatever the filter) */
    public FinderViewModel(ObservableList<LibraryEntry> libraries, RecentCopies recentCopies, FinderActions actions) {
        this.libraries = libraries;
        this.recentCopies = recentCopies;
        this.actions = actions;
        InvalidationListener refresh = o -> {
            if (open.get()) {
                refresh();
            }
        };
        query.addListener(refresh);
        // A reload (the command line changed the vault) while the finder is open shows what is there now.
        libraries.addListener(refresh);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The tokens that match the query, best first; at most {@value #MAX_RESULTS}. */
    public ObservableList<FinderResult> results() {
        return readOnlyResults;
    }

    /** The result the arrow keys point at, or -1 when there is none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** Opens with {@code typed} as the query (the key that opened it, or nothing), the best match chosen. */
    public void open(String typed) {
        query.set(typed == null ? "" : typed);
        open.set(true);
        refresh();
    }

    /** Closes and forgets the query and the results (they hold rows, which must not outlive a lock). */
    public void close() {
        open.set(false);
        query.set("");
        results.clear();
        selectedIndex.set(-1);
    }

    /** Moves the choice down ({@code +1}) or up ({@code -1}), stopping at the first and last result. */
    public void move(int delta) {
        if (!results.isEmpty()) {
            select(Math.max(0, Math.min(results.size() - 1, selectedIndex.get() + delta)));
        }
    }

    /** Chooses the result at {@code index} (a click); out of range changes nothing. */
    public void select(int index) {
        if (index >= 0 && index < results.size()) {
            selectedIndex.set(index);
        }
    }

    public Optional<FinderResult> selected() {
        int index = selectedIndex.get();
        return index < 0 || index >= results.size() ? Optional.empty() : Optional.of(results.get(index));
    }

    /** Enter: copies the chosen token fresh and closes; returns the token, or empty when none was chosen. */
    public Optional<TokenEntry> copyFresh() {
        return choose(actions.copyFresh());
    }

    /** Shift+Enter: copies the chosen token as it is and closes; returns the token, or empty when none was chosen. */
    public Optional<TokenEntry> copyAsIs() {
        return choose(actions.copyAsIs());
    }

    private Optional<TokenEntry> choose(Consumer<TokenEntry> action) {
        Optional<TokenEntry> chosen = selected().map(FinderResult::entry);
        chosen.ifPresent(entry -> {
            close();
            action.accept(entry);
        });
        return chosen;
    }

    private void refresh() {
        String text = query.get();
        List<FinderResult> found = new ArrayList<>();
        for (LibraryEntry library : libraries) {
            String name = library.library().name();
            for (TokenEntry token : library.tokens()) {
                int score = FuzzyMatch.score(text, Arrays.asList(name, library.libraryId(), token.label()));
                if (score != FuzzyMatch.NO_MATCH) {
                    found.add(new FinderResult(token, score, recentCopies.rank(token.ref()) >= 0));
                }
            }
        }
        // Best match first; among equals (every result, for an empty query) the latest copy first, then the list's order.
        found.sort(Comparator.comparingInt(FinderResult::score).reversed()
                .thenComparingInt(result -> recency(result.entry())));
        // No choice while the results change, so that a view sees the new one even at the same index.
        selectedIndex.set(-1);
        results.setAll(found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found);
        selectedIndex.set(results.isEmpty() ? -1 : 0);
    }

    private int recency(TokenEntry entry) {
        int rank = recentCopies.rank(entry.ref());
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
