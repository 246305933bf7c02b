package dev.smhtoken.ui.common;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Gives a control its tooltip when the pointer first enters it, not while the window is built. A
 * tooltip is a popup window with a scene of its own: the toolbar's and the rows' came to about a
 * sixth of the main view's start-up, for text nobody sees before hovering. The tooltip still
 * appears after the usual delay, as it waits for the pointer to rest anyway.
 */
public final class TooltipOnHover {
    private TooltipOnHover() {
    }

    public static void install(Control control, Supplier<Tooltip> tooltip) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, firstEntry);
    }

    /** The same, for a tooltip of one plain text. */
    public static void install(Control control, String text) {
        install(control, () -> new Tooltip(text));
    }
}
