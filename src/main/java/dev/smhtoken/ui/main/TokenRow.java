package dev.smhtoken.ui.main;

import dev.smhtoken.token.TokenState;
import java.time.Instant;
import java.util.Arrays;
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
 * :revoked}) and, on top of it, {@code :renewing} or {@code :failed}. A line removed while the
 * rows were held still ({@code :gone}) is disabled: greyed out, and its buttons do nothing.
 */
final class TokenRow extends TreeTableRow<TreeEntry> {
    private static final PseudoClass LIBRARY = PseudoClass.getPseudoClass("library");
    private static final PseudoClass RENEWING = PseudoClass.getPseudoClass("renewing");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass GONE = PseudoClass.getPseudoClass("gone");
    /** Looked up once: each visible row asks for its state every second. */
    private static final PseudoClass[] STATES = Arrays.stream(TokenState.values())
            .map(state -> PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT))).toArray(PseudoClass[]::new);
    private final ObservableValue<Instant> now;
    private final InvalidationListener refresh = o -> refresh();
    /** The clock moves only the state (valid, expiring, expired); the rest follows the token's properties. */
    private final InvalidationListener tick = o -> showState();
    private List<Observable> watched = List.of();
    private PseudoClass shownState;

    TokenRow(ObservableValue<Instant> now) {
        this.now = now;
    }

    @Override
    protected void updateItem(TreeEntry item, boolean empty) {
        super.updateItem(item, empty);
        watched.forEach(o -> o.removeListener(refresh));
        now.removeListener(tick);
        watched = item instanceof TokenEntry token && !empty
                ? List.of(token.tokenProperty(), token.renewingProperty(), token.failureProperty(), token.goneProperty())
                : item != null && !empty ? List.of(item.goneProperty()) : List.of();
        watched.forEach(o -> o.addListener(refresh));
        if (item instanceof TokenEntry && !empty) {
            now.addListener(tick);
        }
        pseudoClassStateChanged(LIBRARY, !empty && item instanceof LibraryEntry);
        refresh();
    }

    private void refresh() {
        TokenEntry token = shownToken();
        showState();
        pseudoClassStateChanged(RENEWING, token != null && token.isRenewing());
        pseudoClassStateChanged(FAILED, token != null && token.failure() != null);
        boolean gone = !isEmpty() && getItem() != null && getItem().goneProperty().get();
        pseudoClassStateChanged(GONE, gone);
        setDisable(gone);
    }

    private TokenEntry shownToken() {
        return getItem() instanceof TokenEntry entry && !isEmpty() ? entry : null;
    }

    private void showState() {
        TokenEntry token = shownToken();
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
    }

    private static PseudoClass pseudoClassOf(TokenState state) {
        return STATES[state.ordinal()];
    }
}
