package dev.smhtoken.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Whether the rows must hold still because the user may be about to click one: the pointer has
 * moved on the list and rests there, however long, in a window that is shown and not iconified.
 * A hand on its way to a button does not read the screen again; if the row moved meanwhile, the
 * click lands on another token.
 *
 * <p>Only a pointer that moved (or pressed) on the list holds it: a window that opens under a
 * resting pointer is not being aimed at yet (the toolkit tells it of the pointer with a move to
 * the same point), and its banners and first sort show as they come. A hidden or iconified window
 * releases the hold, so the list the user comes back to is in order.
 */
final class HoldWhilePointedAt {
    private final ObservableValue<Boolean> windowOpen;
    private final BooleanProperty aimed = new SimpleBooleanProperty(this, "aimed");
    private final BooleanBinding held;
    /** Where the pointer was last seen on the list, on the screen; NaN when it is not on it. */
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    HoldWhilePointedAt(Node list) {
        windowOpen = list.sceneProperty().flatMap(Scene::windowProperty).flatMap(HoldWhilePointedAt::openProperty)
                .orElse(false);
        list.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> aimed.set(true));
        list.hoverProperty().addListener((obs, was, hover) -> {
            if (!hover) {
                aimed.set(false);
                lastX = Double.NaN;
                lastY = Double.NaN;
            }
        });
        held = Bindings.createBooleanBinding(() -> list.isHover() && aimed.get() && windowOpen.getValue(),
                list.hoverProperty(), aimed, windowOpen);
    }

    /** True while the pointer rests on the list of an open window. */
    ObservableBooleanValue held() {
        return held;
    }

    private void moved(MouseEvent event) {
        boolean seenElsewhere = !Double.isNaN(lastX) && (event.getScreenX() != lastX || event.getScreenY() != lastY);
        lastX = event.getScreenX();
        lastY = event.getScreenY();
        if (seenElsewhere) {
            aimed.set(true);
        }
    }

    private static ObservableValue<Boolean> openProperty(Window window) {
        return window instanceof Stage stage ? stage.showingProperty().and(stage.iconifiedProperty().not())
                : window.showingProperty();
    }
}
