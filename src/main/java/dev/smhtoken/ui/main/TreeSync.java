package dev.smhtoken.ui.main;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TreeItem;

/**
 * Mirrors the view model's libraries and tokens into tree items, sorted and filtered in the view
 * (the view model is never rebuilt for either). Items are kept per entry, so a reload keeps the
 * selection and what the user expanded.
 *
 * <p>Sorting is O(n log n) and happens only when the entries or the order change; changes that
 * arrive together are sorted once. A keystroke in the filter walks the already sorted entries
 * once, comparing precomputed lower-case keys: O(n), no sort, no allocation per entry beyond the
 * shown lists.
 *
 * <p>While the rows are held ({@link #holdOrder}: the pointer is over the list, or a renew-many
 * runs) nothing that is shown moves: a changed token keeps its line (its values still change in
 * it), a removed one stays there greyed out ({@link TreeEntry#goneProperty}), and a new one shows
 * at once only where it moves nothing, after the last line; the rest waits for the release, which
 * sorts once. The user sorting or filtering on purpose is no accident of the pointer: it shows
 * everything at once, held or not. Holding also saves work in a renew-all: moving rows gives every
 * visible row a new entry, and re-styling those costs tens of milliseconds of the FX thread each time.
 */
final class TreeSync {
    private final TreeItem<TreeEntry> root = new TreeItem<>();
    private final Map<TreeEntry, TreeItem<TreeEntry>> items = new IdentityHashMap<>();
    private final Map<TreeEntry, String> searchKeys = new IdentityHashMap<>();
    private final Map<LibraryEntry, List<TokenEntry>> sortedTokens = new IdentityHashMap<>();
    private final ListChangeListener<TokenEntry> onTokensChanged = change -> resortSoon();
    private final ListChangeListener<LibraryEntry> onLibrariesChanged = change -> resort(false);
    private final InvalidationListener onEntryChanged = o -> entryChanged();
    private final ObservableList<LibraryEntry> libraries;
    private final Supplier<Instant> now;
    private final Consumer<Runnable> later;
    private List<LibraryEntry> sorted = List.of();
    private TreeOrder order = TreeOrder.TIME_LEFT;
    private String filter = "";
    private boolean resortPending;
    private boolean orderHeld;
    private boolean changedWhileHeld;
    private MultipleSelectionModel<TreeItem<TreeEntry>> selection;
    private Consumer<Runnable> rowMoves = Runnable::run;

    /**
     * @param now   the window's clock (sorting by state reads it)
     * @param later runs a task after the current event ({@code Platform::runLater}), so a burst of
     *              changes is sorted once
     */
    TreeSync(ObservableList<LibraryEntry> libraries, Supplier<Instant> now, Consumer<Runnable> later) {
        this.libraries = libraries;
        this.now = now;
        this.later = later;
        libraries.addListener(onLibrariesChanged);
        resort(false);
    }

    TreeItem<TreeEntry> root() {
        return root;
    }

    TreeItem<TreeEntry> itemOf(TreeEntry entry) {
        return items.get(entry);
    }

    /** The selection to keep on the same entry when rows move. */
    void keepSelectionIn(MultipleSelectionModel<TreeItem<TreeEntry>> model) {
        this.selection = model;
    }

    /**
     * Runs every change that moves shown rows through {@code moves}, which may look at the screen
     * before and after it (the list keeps the selected row at its place in the viewport).
     */
    void moveRowsWith(Consumer<Runnable> moves) {
        this.rowMoves = moves;
    }

    void setOrder(TreeOrder value) {
        if (value != null && value != order) {
            order = value;
            resort(true);
        }
    }

    /**
     * Holds the shown rows where they are while entries change; on release, shows everything that
     * changed meanwhile in one step (at once, so that it lands in the same frame as the banners).
     */
    void holdOrder(boolean hold) {
        if (hold == orderHeld) {
            return;
        }
        orderHeld = hold;
        if (!hold && changedWhileHeld) {
            resort(false);
        }
    }

    /** Shows only what matches {@code text} (case-insensitive); blank shows everything. */
    void setFilter(String text) {
        String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals(filter)) {
            filter = normalized;
            if (changedWhileHeld) {
                resort(true); // what changed while held is sorted in as the filter shows it
            } else {
                publish(true);
            }
        }
    }

    /** Stops following the view model (the window's content is being replaced). */
    void dispose() {
        libraries.removeListener(onLibrariesChanged);
        items.keySet().forEach(this::unwatch);
        items.clear();
        root.getChildren().clear();
    }

    private void entryChanged() {
        if (orderHeld) {
            changedWhileHeld = true;
        } else {
            resortSoon();
        }
    }

    private void resortSoon() {
        if (!resortPending) {
            resortPending = true;
            later.accept(() -> {
                if (resortPending) {
                    resort(false);
                }
            });
        }
    }

    /** @param onPurpose the user asked for it (an order chosen): shown even while the rows are held */
    private void resort(boolean onPurpose) {
        resortPending = false;
        Instant at = now.get();
        Map<TreeEntry, TreeItem<TreeEntry>> stale = new IdentityHashMap<>(items);
        sortedTokens.clear();
        for (LibraryEntry library : libraries) {
            stale.remove(library);
            items.computeIfAbsent(library, this::newItem);
            searchKeys.put(library, (library.library().name() + "\n" + library.libraryId()).toLowerCase(Locale.ROOT));
            List<TokenEntry> tokens = new ArrayList<>(library.tokens());
            for (TokenEntry token : tokens) {
                stale.remove(token);
                items.computeIfAbsent(token, this::newItem);
                searchKeys.put(token, token.label().toLowerCase(Locale.ROOT));
            }
            tokens.sort(order.tokens(at));
            sortedTokens.put(library, tokens);
        }
        stale.keySet().forEach(entry -> {
            unwatch(entry);
            items.remove(entry);
            searchKeys.remove(entry);
        });
        List<LibraryEntry> ordered = new ArrayList<>(libraries);
        ordered.sort(order.libraries(at, library -> {
            List<TokenEntry> tokens = sortedTokens.get(library);
            return tokens.isEmpty() ? null : tokens.get(0);
        }));
        sorted = ordered;
        publish(onPurpose);
    }

    private void publish(boolean onPurpose) {
        if (orderHeld && !onPurpose) {
            publishHeld();
            return;
        }
        changedWhileHeld = false;
        rowMoves.accept(this::publishSorted);
    }

    private void publishSorted() {
        TreeItem<TreeEntry> selected = selection == null ? null : selection.getSelectedItem();
        List<TreeItem<TreeEntry>> shownLibraries = new ArrayList<>();
        for (LibraryEntry library : sorted) {
            List<TreeItem<TreeEntry>> shownTokens = shownTokensOf(library);
            if (matches(library) || !shownTokens.isEmpty()) {
                TreeItem<TreeEntry> item = items.get(library);
                setChildren(item, shownTokens);
                shownLibraries.add(item);
            }
        }
        setChildren(root, shownLibraries);
        if (selected != null && selection.getSelectedItem() != selected && isShown(selected)) {
            selection.select(selected);
        }
    }

    /**
     * What is shown stays, where it is; removed lines are marked gone (a greyed line tells the user
     * at once that the token went, while a line vanishing would pull every row below it up under
     * the pointer). New lines are added only after the last line shown, where they push nothing:
     * a new library at the end, a new token of the last library under it. A new token of any other
     * library waits for the release, because showing it in its library would push down every row
     * below it. The release sorts all of it into place in one step.
     */
    private void publishHeld() {
        changedWhileHeld = true;
        List<TreeItem<TreeEntry>> shownLibraries = root.getChildren();
        for (TreeItem<TreeEntry> libraryItem : shownLibraries) {
            markGone(libraryItem);
            libraryItem.getChildren().forEach(this::markGone);
        }
        TreeItem<TreeEntry> last = shownLibraries.isEmpty() ? null : shownLibraries.get(shownLibraries.size() - 1);
        if (last != null && !last.getValue().goneProperty().get()) {
            List<TreeItem<TreeEntry>> added = shownTokensOf((LibraryEntry) last.getValue());
            added.removeIf(item -> item.getParent() == last);
            last.getChildren().addAll(added);
        }
        List<TreeItem<TreeEntry>> addedLibraries = new ArrayList<>();
        for (LibraryEntry library : sorted) {
            TreeItem<TreeEntry> item = items.get(library);
            if (item.getParent() != root) {
                List<TreeItem<TreeEntry>> shownTokens = shownTokensOf(library);
                if (matches(library) || !shownTokens.isEmpty()) {
                    setChildren(item, shownTokens);
                    addedLibraries.add(item);
                }
            }
        }
        root.getChildren().addAll(addedLibraries);
    }

    /** Greys out a shown line whose entry is no longer in the vault (see {@link #publishHeld}). */
    private void markGone(TreeItem<TreeEntry> item) {
        item.getValue().setGone(items.get(item.getValue()) != item);
    }

    /** The lines of {@code library}'s tokens the filter lets through, in order (all when the library matches). */
    private List<TreeItem<TreeEntry>> shownTokensOf(LibraryEntry library) {
        boolean libraryMatches = matches(library);
        List<TreeItem<TreeEntry>> shown = new ArrayList<>();
        for (TokenEntry token : sortedTokens.get(library)) {
            if (libraryMatches || matches(token)) {
                shown.add(items.get(token));
            }
        }
        return shown;
    }

    private boolean matches(TreeEntry entry) {
        return filter.isEmpty() || searchKeys.get(entry).contains(filter);
    }

    private boolean isShown(TreeItem<TreeEntry> item) {
        TreeItem<TreeEntry> parent = item.getParent();
        return parent == root || parent != null && parent.getParent() == root;
    }

    private static void setChildren(TreeItem<TreeEntry> item, List<TreeItem<TreeEntry>> children) {
        if (!item.getChildren().equals(children)) {
            item.getChildren().setAll(children);
        }
    }

    private TreeItem<TreeEntry> newItem(TreeEntry entry) {
        TreeItem<TreeEntry> item = new TreeItem<>(entry);
        if (entry instanceof LibraryEntry library) {
            library.tokens().addListener(onTokensChanged);
            library.libraryProperty().addListener(onEntryChanged);
            item.setExpanded(true);
        } else if (entry instanceof TokenEntry token) {
            token.tokenProperty().addListener(onEntryChanged);
            token.failureProperty().addListener(onEntryChanged);
        }
        return item;
    }

    private void unwatch(TreeEntry entry) {
        if (entry instanceof LibraryEntry library) {
            library.tokens().removeListener(onTokensChanged);
            library.libraryProperty().removeListener(onEntryChanged);
        } else if (entry instanceof TokenEntry token) {
            token.tokenProperty().removeListener(onEntryChanged);
            token.failureProperty().removeListener(onEntryChanged);
        }
    }
}
