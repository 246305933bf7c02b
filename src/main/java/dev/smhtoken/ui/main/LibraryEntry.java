package dev.smhtoken.ui.main;

import dev.smhtoken.token.Library;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A library as the window shows it: its details and its token rows. */
public final class LibraryEntry implements TreeEntry {
    private final String libraryId;
    private final ReadOnlyObjectWrapper<Library> library;
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ObservableList<TokenEntry> tokens = FXCollections.observableArrayList();

    LibraryEntry(Library library) {
        this.libraryId = library.id();
        this.library = new ReadOnlyObjectWrapper<>(this, "library", library);
    }

    public String libraryId() {
        return libraryId;
    }

    public Library library() {
        return library.get();
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    void setLibrary(Library value) {
        library.set(value);
    }

    public ObservableList<TokenEntry> tokens() {
        return tokens;
    }

    @Override
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    @Override
    public void setGone(boolean value) {
        gone.set(value);
    }

    @Override
    public LibraryEntry owner() {
        return this;
    }
}
