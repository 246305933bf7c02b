package dev.smhtoken.ui.main;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** One line of the token tree: a library, or one of its tokens. */
public sealed interface TreeEntry permits LibraryEntry, TokenEntry {
    /** The library this line belongs to (itself for a library line). */
    LibraryEntry owner();

    /**
     * True once the line was removed from the vault while the rows were held still: it stays where
     * it is, greyed out and inert, until the rows may move again.
     */
    ReadOnlyBooleanProperty goneProperty();

    /** Marks the line gone, or back (the token tree does, while the rows are held). */
    void setGone(boolean value);
}
