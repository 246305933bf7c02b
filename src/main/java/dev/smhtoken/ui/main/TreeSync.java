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
 * arrive together are sorted once. While the order is held ({@link #holdOrder}, during a "renew
 * all") changed tokens stay where they are and are sorted once when it is released: moving rows
 * gives every visible row a new entry, and re-styling those rows costs tens of milliseconds of the
 * FX thread each time. A keystroke in the filter walks the already sorted entries once, comparing
 * precomputed lower-case keys: O(n), no sort, no allocation per entry beyond the shown lists.
 */
final class TreeSync {
    private final TreeItem<TreeEntry> root = new TreeItem<>();
    private final Map<TreeEntry, TreeItem<TreeEntry>> items = new IdentityHashMap<>();
    private final Map<TreeEntry, String> searchKeys = new IdentityHashMap<>();
    private final Map<LibraryEntry, List<TokenEntry>> sortedTokens = new IdentityHashMap<>();
    private final ListChangeListener<TokenEntry> onTokensChanged = change -> resortSoon();
    private final ListChangeListener<LibraryEntry> onLibrariesChanged = change -> resort();
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
        resort();
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

    void setOrder(TreeOrder value) {
        if (value != null && value != order) {
            order = value;
            resort();
        }
    }

    /**
     * Holds the rows where they are while entries change (tokens added or removed still show at
     * once); on release, sorts once if anything changed meanwhile.
     */
    void holdOrder(boolean hold) {
        if (hold == orderHeld) {
            return;
        }
        orderHeld = hold;
        if (!hold && changedWhileHeld) {
            changedWhileHeld = false;
            resortSoon();
        }
    }

    /** Shows only what matches {@code text} (case-insensitive); blank shows everything. */
    void setFilter(String text) {
        String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals(filter)) {
            filter = normalized;
            publish();
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
                    resort();
                }
            });
        }
    }

    private void resort() {
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
        publish();
    }

    private void publish() {
        TreeItem<TreeEntry> selected = selection == null ? null : selection.getSelectedItem();
        List<TreeItem<TreeEntry>> shownLibraries = new ArrayList<>();
        for (LibraryEntry library : sorted) {
            boolean libraryMatches = matches(library);
            List<TreeItem<TreeEntry>> shownTokens = new ArrayList<>();
            for (TokenEntry token : sortedTokens.get(library)) {
                if (libraryMatches || matches(token)) {
                    shownTokens.add(items.get(token));
                }
            }
            if (libraryMatches || !shownTokens.isEmpty()) {
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
