package dev.smhtoken.ui.main;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A double click on a token's line copies it fresh, the row's main action. One handler on the
 * table, not one per row, finding the row under the pointer; a double click on a row's own button
 * is that button's, and a library's line keeps its fold and unfold.
 */
final class DoubleClickCopiesFresh {
    private DoubleClickCopiesFresh() {
    }

    static void install(TreeTableView<TreeEntry> table, Consumer<TokenEntry> copyFresh) {
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
