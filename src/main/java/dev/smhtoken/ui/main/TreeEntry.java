package dev.smhtoken.ui.main;

/** One line of the token tree: a library, or one of its tokens. */
public sealed interface TreeEntry permits LibraryEntry, TokenEntry {
    /** The library this line belongs to (itself for a library line). */
    LibraryEntry owner();
}
