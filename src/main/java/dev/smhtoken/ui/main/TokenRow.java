package dev.smhtoken.ui.main;

import dev.smhtoken.token.TokenState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;

/**
 * A row of the token tree, marked with the pseudo-classes the stylesheet colours by:
 * {@code :library}; for tokens the token's state ({@code :valid :expiring :expired :unknown
 * :revoked}) and, on top of it, {@code :renewing} or {@code :failed}.
 */
final class TokenRow extends TreeTableRow<TreeEntry> {
    private static final PseudoClass LIBRARY = PseudoClass.getPseudoClass("library");
    private static final PseudoClass RENEWING = PseudoClass.getPseudoClass("renewing");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final ObservableValue<Instant> now;
    private final InvalidationListener refresh = o -> refresh();
    private List<Observable> watched = List.of();
    private PseudoClass shownState;

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
        TokenEntry token = getItem() instanceof TokenEntry entry && !isEmpty() ? entry : null;
        PseudoClass state = token == null ? null : pseudoClassOf(token.token().state(now.getValue()));
        if (state != shownState) {
            if (shownState != null) {
                pseudoClassStateChanged(shownState, false);
            }
            if (state != null) {
                pseudoClassStateChanged(state, true);
            }
            shownState = state;
        }
        pseudoClassStateChanged(RENEWING, token != null && token.isRenewing());
        pseudoClassStateChanged(FAILED, token != null && token.failure() != null);
    }

    private static PseudoClass pseudoClassOf(TokenState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT));
    }
}
