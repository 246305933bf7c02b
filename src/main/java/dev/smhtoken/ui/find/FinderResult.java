package dev.smhtoken.ui.find;

import dev.smhtoken.ui.main.TokenEntry;

/**
 * One token the finder offers: its row, how well it matched the query, and whether it was copied
 * lately (what an empty query shows first).
 */
public record FinderResult(TokenEntry entry, int score, boolean copiedLately) {
    /** "Marketing assets / uploader": the library's display name and the token's label. */
    public String title() {
        return entry.owner().library().name() + " / " + entry.label();
    }

    public String libraryId() {
        return entry.owner().libraryId();
    }
}
