package dev.smhtoken.ui.main;

import java.time.Instant;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;

/**
 * A row of the token tree, marked with the pseudo-classes the stylesheet colours by:
 * {@code :library}, and for tokens {@code :valid :expiring :expired :unknown :revoked :renewing :failed}.
 */
final class TokenRow extends TreeTableRow<TreeEntry> {
    private static final PseudoClass LIBRARY = PseudoClass.getPseudoClass("library");
    private final ObservableValue<Instant> now;
    private final InvalidationListener refresh = o -> refresh();
    private List<Observable> watched = List.of();
    private StateCell.RowState shown;

    TokenRow(ObservableValue<Instant> now) {
        this.now = now;
    }

    @Override
    protected void updateItem(TreeEntry item, boolean empty) {
        super.updateItem(item, empty);
        watched.forEach(o -> o.removeListener(refresh));
        watched = item instanceof TokenEntry token && !empty
                ? List.of(now, token.tokenProperty(), token.renewingProperty(), token.failureProperty())
                : List.of();
        watched.forEach(o -> o.addListener(refresh));
        pseudoClassStateChanged(LIBRARY, !empty && item instanceof LibraryEntry);
        refresh();
    }

    private void refresh() {
        StateCell.RowState state = getItem() instanceof TokenEntry token && !isEmpty()
                ? StateCell.RowState.of(token, now.getValue()) : null;
        if (state != shown) {
            if (shown != null) {
                pseudoClassStateChanged(shown.pseudoClass(), false);
            }
            if (state != null) {
                pseudoClassStateChanged(state.pseudoClass(), true);
            }
            shown = state;
        }
    }
}
