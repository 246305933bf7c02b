package dev.smhtoken.ui.main;

import java.time.Instant;
import javafx.beans.value.ObservableValue;

/** The LibraryId, on the library's line only (its tokens sit right under it). */
final class LibraryIdCell extends EntryCell {
    LibraryIdCell(ObservableValue<Instant> now) {
        super(now);
        getStyleClass().add("library-id");
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        setText(null);
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        setText(entry.libraryId());
    }
}
