package dev.smhtoken.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons named in the window's language. JavaFX's {@code ButtonType.OK}, {@code CANCEL}
 * and {@code CLOSE} get their texts once, when the class loads, in the language the JVM started
 * with, so after a switch of language they would stay in the old one; every dialog of the app
 * uses these instead. A {@code ButtonType} is equal only to itself: compare a dialog's result
 * with the instance the dialog was given.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE);
    }

    /** The button that does what the dialog asks, named for it ("Revoke", "Save"). */
    public static ButtonType action(String text) {
        return new ButtonType(text, ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
