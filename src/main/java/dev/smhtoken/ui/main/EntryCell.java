package dev.smhtoken.ui.main;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeTableCell;

/**
 * A cell of the token tree that redraws itself when what it shows changes. It listens only while
 * it holds an entry and drops its listeners when reused, so a clock tick costs O(visible cells),
 * never O(all tokens).
 */
abstract class EntryCell extends TreeTableCell<TreeEntry, TreeEntry> {
    private final ObservableValue<Instant> now;
    private final InvalidationListener refresh = o -> refresh();
    private final InvalidationListener tick = o -> tick();
    private final List<Observable> watched = new ArrayList<>();

    EntryCell(ObservableValue<Instant> now) {
        this.now = now;
    }

    /** What a token line's rendering depends on, besides the clock when {@link #ticks()} says so. */
    protected List<Observable> dependencies(TokenEntry entry) {
        return List.of(entry.tokenProperty());
    }

    /** Whether this cell changes with the clock. */
    protected boolean ticks() {
        return false;
    }

    protected abstract void showToken(TokenEntry entry, Instant now);

    /**
     * A tick of the clock while this cell shows a token; the default shows it again. A cell whose
     * content changes only now and then with the clock overrides it to skip the seconds in between.
     */
    protected void showTick(TokenEntry entry, Instant now) {
        showToken(entry, now);
    }

    protected abstract void showLibrary(LibraryEntry entry);

    /** Empties the cell; the default clears text and graphic. */
    protected void showNothing() {
        setText(null);
        setGraphic(null);
    }

    @Override
    protected void updateItem(TreeEntry item, boolean empty) {
        super.updateItem(item, empty);
        unwatch();
        if (empty || item == null) {
            showNothing();
        } else if (item instanceof TokenEntry token) {
            watch(token);
            showToken(token, now.getValue());
        } else if (item instanceof LibraryEntry library) {
            watched.add(library.libraryProperty());
            library.libraryProperty().addListener(refresh);
            showLibrary(library);
        }
    }

    private void refresh() {
        TreeEntry item = getItem();
        if (item instanceof TokenEntry token) {
            showToken(token, now.getValue());
        } else if (item instanceof LibraryEntry library) {
            showLibrary(library);
        }
    }

    private void tick() {
        if (getItem() instanceof TokenEntry token) {
            showTick(token, now.getValue());
        }
    }

    private void watch(TokenEntry entry) {
        watched.addAll(dependencies(entry));
        watched.forEach(o -> o.addListener(refresh));
        if (ticks()) {
            now.addListener(tick);
        }
    }

    private void unwatch() {
        watched.forEach(o -> o.removeListener(refresh));
        watched.clear();
        now.removeListener(tick);
    }
}
