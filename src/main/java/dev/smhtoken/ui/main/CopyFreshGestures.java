package dev.smhtoken.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Enter on the selected token's line and a double click on a token's line copy it fresh, the row's
 * main action. One handler each on the table, not one per row; a double click on a row's own
 * button is that button's, and a library's line keeps its fold and unfold.
 */
final class CopyFreshGestures {
    /** Enter alone: Shift+Enter and the like are left to others. */
    static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);

    private CopyFreshGestures() {
    }

    /** @param selected the token on the selected line, if any */
    static void install(TreeTableView<TreeEntry> table, Supplier<Optional<TokenEntry>> selected,
                        Consumer<TokenEntry> copyFresh) {
        // A filter: the table's own Enter (start editing) would consume the key before the window's
        // shortcut saw it.
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ENTER.match(event)) {
                selected.get().ifPresent(copyFresh);
                event.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2) {
                return;
            }
            for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != table;
                 node = node.getParent()) {
                if (node instanceof ButtonBase) {
                    return;
                }
                if (node instanceof TreeTableRow<?> row) {
                    if (!row.isEmpty() && row.getItem() instanceof TokenEntry token) {
                        copyFresh.accept(token);
                        event.consume();
                    }
                    return;
                }
            }
        });
    }
}
