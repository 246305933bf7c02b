package dev.smhtoken.ui.main;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * Mirrors the view model's libraries and tokens into tree items. Items are kept per entry, so a
 * reload keeps the selection and what the user expanded.
 */
final class TreeSync {
    private final TreeItem<TreeEntry> root = new TreeItem<>();
    private final Map<TreeEntry, TreeItem<TreeEntry>> items = new IdentityHashMap<>();
    private final ListChangeListener<TokenEntry> onTokensChanged = change -> syncAll();
    private final ObservableList<LibraryEntry> libraries;

    TreeSync(ObservableList<LibraryEntry> libraries) {
        this.libraries = libraries;
        libraries.addListener((ListChangeListener<LibraryEntry>) change -> syncAll());
        syncAll();
    }

    TreeItem<TreeEntry> root() {
        return root;
    }

    TreeItem<TreeEntry> itemOf(TreeEntry entry) {
        return items.get(entry);
    }

    private void syncAll() {
        Map<TreeEntry, TreeItem<TreeEntry>> stale = new IdentityHashMap<>(items);
        List<TreeItem<TreeEntry>> libraryItems = libraries.stream().map(library -> {
            stale.remove(library);
            TreeItem<TreeEntry> item = items.computeIfAbsent(library, this::newLibraryItem);
            List<TreeItem<TreeEntry>> tokenItems = library.tokens().stream().map(token -> {
                stale.remove(token);
                return items.computeIfAbsent(token, TreeItem::new);
            }).toList();
            if (!item.getChildren().equals(tokenItems)) {
                item.getChildren().setAll(tokenItems);
            }
            return item;
        }).toList();
        stale.forEach((entry, item) -> {
            items.remove(entry);
            if (entry instanceof LibraryEntry library) {
                library.tokens().removeListener(onTokensChanged);
            }
        });
        if (!root.getChildren().equals(libraryItems)) {
            root.getChildren().setAll(libraryItems);
        }
    }

    private TreeItem<TreeEntry> newLibraryItem(TreeEntry entry) {
        ((LibraryEntry) entry).tokens().addListener(onTokensChanged);
        TreeItem<TreeEntry> item = new TreeItem<>(entry);
        item.setExpanded(true);
        return item;
    }
}
