package dev.smhtoken.bench;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What the screen shows of the countdowns: the text each visible countdown has drawn (its label's
 * text node, which the renderer paints), as opposed to the label's text property, which can be
 * right while nothing is laid out and drawn. Read without a snapshot on purpose: a snapshot runs a
 * layout pass of its own and could draw what the ticks' pulses did not. A tick benchmark whose ticks draw nothing measures
 * nothing, so it checks this before it reports a time.
 */
final class ScreenCheck {
    private ScreenCheck() {
    }

    /** The drawn texts of the visible countdowns, top to bottom. */
    static List<String> drawnCountdowns(Scene scene) {
        return countdowns(scene).stream().map(ScreenCheck::drawn).toList();
    }

    /**
     * Fails unless every visible countdown draws its current text and the drawing moved since
     * {@code beforeLastTick} (the drawn texts just before the last tick).
     */
    static void requireCountdownsShowLastTick(Scene scene, List<String> beforeLastTick) {
        List<String> drawn = drawnCountdowns(scene);
        List<String> current = countdowns(scene).stream().map(Labeled::getText).toList();
        if (drawn.isEmpty()) {
            throw new IllegalStateException("no countdown is visible: the tick benchmark measured an empty window");
        }
        if (!drawn.equals(current)) {
            throw new IllegalStateException("the countdowns on screen show " + drawn + ", not the last tick's " + current
                    + ": the measured ticks drew nothing");
        }
        if (drawn.equals(beforeLastTick)) {
            throw new IllegalStateException("the countdowns on screen did not move with the last tick: " + drawn);
        }
    }

    private static List<Labeled> countdowns(Scene scene) {
        return scene.getRoot().lookupAll(".time-left").stream()
                .filter(Node::isVisible)
                .filter(node -> node.getScene() != null && node.getParent() != null && node.getParent().isVisible())
                .map(Labeled.class::cast)
                .filter(label -> label.getText() != null && label.getText().matches(".*\\d+s"))
                .toList();
    }

    private static String drawn(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof Text shown ? shown.getText() : "";
    }
}
