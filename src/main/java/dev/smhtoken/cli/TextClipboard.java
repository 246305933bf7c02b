package dev.smhtoken.cli;

/** The bit of a system clipboard the {@code copy} command needs; a fake in tests. */
public interface TextClipboard {
    void put(String text);

    /** The text on the clipboard now, or null when it holds none (or cannot be read). */
    String current();

    void clear();
}
