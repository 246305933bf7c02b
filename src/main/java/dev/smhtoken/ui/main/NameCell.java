package dev.smhtoken.ui.main;

import java.time.Instant;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The first column: a library's name over its host, or a token's label. */
final class NameCell extends EntryCell {
    private final Label name = new Label();
    private final Label host = new Label();
    private final VBox libraryBox = new VBox(name, host);

    NameCell(ObservableValue<Instant> now) {
        super(now);
        libraryBox.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("library-name");
        host.getStyleClass().add("library-host");
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        setText(entry.label());
        setGraphic(null);
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        name.setText(entry.library().name());
        host.setText(entry.library().host().toString());
        setText(null);
        setGraphic(libraryBox);
    }
}
