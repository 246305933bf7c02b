package dev.smhtoken.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Whether the rows must hold still because the user may be about to click one: the pointer is
 * over the list, however long it rests there, in a window that is shown and not iconified. A hand
 * on its way to a button does not read the screen again; if the row moved meanwhile, the click
 * lands on another token. A hidden or iconified window releases the hold, so the list the user
 * comes back to is in order.
 */
final class HoldWhilePointedAt {
    private final ObservableValue<Boolean> windowOpen;
    private final BooleanBinding held;

    HoldWhilePointedAt(Node list) {
        windowOpen = list.sceneProperty().flatMap(Scene::windowProperty).flatMap(HoldWhilePointedAt::openProperty)
                .orElse(false);
        held = Bindings.createBooleanBinding(() -> list.isHover() && windowOpen.getValue(),
                list.hoverProperty(), windowOpen);
    }

    /** True while the pointer rests on the list of an open window. */
    ObservableBooleanValue held() {
        return held;
    }

    private static ObservableValue<Boolean> openProperty(Window window) {
        return window instanceof Stage stage ? stage.showingProperty().and(stage.iconifiedProperty().not())
                : window.showingProperty();
    }
}
