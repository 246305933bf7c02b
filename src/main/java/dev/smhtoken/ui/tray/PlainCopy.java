package dev.smhtoken.ui.tray;

import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.main.LibraryEntry;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.main.TokenEntry;

/**
 * The tray's "Copy fresh" until the rows offer a copy fresh of their own: copies the token as it is
 * (what the row's Copy does, its history noting the copy), when the vault is open and the token still there.
 */
public final class PlainCopy implements FreshCopy {
    private final MainViewModel main;

    public PlainCopy(MainViewModel main) {
        this.main = main;
    }

    @Override
    public void copyFresh(TokenRef ref) {
        if (main.useCases() == null) {
            return; // locked: nothing to copy until it is unlocked
        }
        for (LibraryEntry library : main.list().libraries()) {
            for (TokenEntry entry : library.tokens()) {
                if (entry.ref().equals(ref)) {
                    main.actions().copy(entry);
                    return;
                }
            }
        }
    }
}
