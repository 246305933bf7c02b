package dev.smhtoken.ui.main;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The content box of a ticking cell. When something inside changes but the box's preferred size
 * stays the same (the next second's countdown text, a bar a little shorter), only this box is laid
 * out again; the request does not travel up and make the table lay out every visible row. That
 * relayout ran each second and cost tens of milliseconds of FX-thread time per tick (see bench/).
 * A change of preferred size (a wider text, a failure line shown) still asks the parents as usual.
 *
 * <p>The box is laid out by {@link OwnLayouts} after the next pulse's layout pass, not by that
 * pass itself: the pass walks down only through parents marked dirty, and a table's virtual flow
 * can be left marked under a clean parent (JavaFX drops a layout request made while the parent is
 * laying out), which stops both the walk and the mark that would have asked for a pulse. The
 * countdowns then stood still on screen after most starts while their texts were right.
 */
final class CellBox extends VBox {
    private double contentWidth = -1;
    private double contentHeight = -1;

    CellBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    public void requestLayout() {
        if (contentSizeChanged()) {
            super.requestLayout();
        } else {
            setNeedsLayout(true); // this box only; the parents just learn a branch below is dirty
            OwnLayouts.request(this);
        }
    }

    /** Whether the children's preferred sizes, and so this box's, differ from the last request. */
    private boolean contentSizeChanged() {
        double width = 0;
        double height = 0;
        for (Node child : getManagedChildren()) {
            width = Math.max(width, child.prefWidth(-1));
            height += child.prefHeight(-1);
        }
        boolean changed = width != contentWidth || height != contentHeight;
        contentWidth = width;
        contentHeight = height;
        return changed;
    }
}
