package dev.smhtoken.ui.find;

import dev.smhtoken.ui.main.RowActions;
import dev.smhtoken.ui.main.TokenEntry;
import java.util.function.Consumer;

/**
 * What the finder does with the token chosen: Enter copies it fresh (renewed first, so what is
 * pasted has its whole period ahead), Shift+Enter copies it as it is.
 */
public record FinderActions(Consumer<TokenEntry> copyFresh, Consumer<TokenEntry> copyAsIs) {
    /** Over the rows' own actions: the row's Copy fresh and its Copy. */
    public static FinderActions of(RowActions rows) {
        return new FinderActions(rows::copyFresh, rows::copy);
    }
}
