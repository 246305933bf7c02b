package dev.smhtoken.ui.main;

import java.util.function.Consumer;

/** What a row asks of the window around the list: the dialogs its buttons and menu open. */
record RowRequests(Consumer<LibraryEntry> addTokenTo, Consumer<TokenEntry> confirmRevoke,
                   Consumer<TokenEntry> generateNewToken) {
}
