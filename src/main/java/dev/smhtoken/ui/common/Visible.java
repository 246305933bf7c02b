package dev.smhtoken.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows a node only while a condition holds, taking no room in its layout while hidden. */
public final class Visible {
    private Visible() {
    }

    public static void when(Node node, ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }
}
