package dev.smhtoken.ui.main;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the selected row at its height in the viewport when the rows are sorted again: working
 * from the keyboard, the user's place in the list does not jump; the rows around it move instead.
 * The same holds when the list itself moves on the screen (a banner above it arrives or leaves)
 * while the keyboard is in it: the rows are scrolled by as much, so they stay where they were on
 * the screen and only the list's edge moves. Where the list cannot scroll that far (the row moved
 * near its start or its end) it comes as close as it can.
 */
final class SelectedRowPlace {
    /** The flow measures rows it had not shown in the next layouts and adjusts by what it learns. */
    private static final int SETTLING_LAYOUTS = 4;
    private final TreeTableView<TreeEntry> table;
    private double shownAtY = Double.NaN;
    /** The row kept at its place over the next layouts, or null. */
    private TreeItem<TreeEntry> settling;

    SelectedRowPlace(TreeTableView<TreeEntry> table) {
        this.table = table;
        table.localToSceneTransformProperty().addListener(o -> listMoved());
        table.getLocalToSceneTransform(); // computed once, so that its changes are told
    }

    /** The list moved in the window (the room above it changed): with the keyboard in it, its row stays. */
    private void listMoved() {
        double y = table.getLocalToSceneTransform().getTy();
        double shift = Double.isNaN(shownAtY) ? 0 : y - shownAtY;
        shownAtY = y;
        VirtualFlow<?> flow = flow();
        TreeItem<TreeEntry> selected = table.getSelectionModel().getSelectedItem();
        if (shift == 0 || flow == null || selected == null || !table.isFocusWithin() || settling == selected) {
            return; // a row being settled already has its place in the window
        }
        IndexedCell<?> cell = flow.getVisibleCell(table.getRow(selected));
        if (cell != null) {
            // Moved during a layout: scrolled back once that layout is done, before the frame is drawn.
            settle(flow, selected, sceneTop(cell) - shift);
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
    }

    /** Runs {@code move} (the tree's children replaced in a new order), then scrolls the selected row back. */
    void keepAround(Runnable move) {
        int before = table.getSelectionModel().getSelectedIndex();
        VirtualFlow<?> flow = flow();
        IndexedCell<?> cell = before < 0 || flow == null ? null : flow.getVisibleCell(before);
        if (cell == null) {
            move.run(); // nothing selected on screen: no place to keep
            return;
        }
        double sceneY = sceneTop(cell);
        move.run();
        TreeItem<TreeEntry> selected = table.getSelectionModel().getSelectedItem();
        int after = table.getSelectionModel().getSelectedIndex();
        if (selected == null || after == before) {
            return;
        }
        table.layout(); // the flow learns the new rows before it is scrolled among them
        flow.scrollTo(after);
        table.layout();
        scroll(flow, selected, sceneY);
        settle(flow, selected, sceneY);
    }

    /** Corrects again after each of the next few layouts, before their frames are drawn. */
    private void settle(VirtualFlow<?> flow, TreeItem<TreeEntry> selected, double sceneY) {
        Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        settling = selected;
        int[] left = {SETTLING_LAYOUTS};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (left[0] < 0) {
                return; // done, about to be removed
            }
            if (table.getSelectionModel().getSelectedItem() != selected || left[0]-- == 0) {
                left[0] = -1;
                // Not removed while the scene walks its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                if (settling == selected) {
                    settling = null;
                }
                return;
            }
            scroll(flow, selected, sceneY);
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Scrolls so that the row of {@code item}, when shown, has its top at {@code sceneY} in the window. */
    private void scroll(VirtualFlow<?> flow, TreeItem<TreeEntry> item, double sceneY) {
        int index = table.getRow(item);
        IndexedCell<?> cell = index < 0 ? null : flow.getVisibleCell(index);
        if (cell != null && Math.abs(sceneTop(cell) - sceneY) >= 0.5) {
            flow.scrollPixels(sceneTop(cell) - sceneY);
        }
    }

    /** The row's top in the window (its layout position alone misses how the flow shifts its sheet). */
    private static double sceneTop(IndexedCell<?> cell) {
        return cell.localToScene(0, 0).getY();
    }
}
