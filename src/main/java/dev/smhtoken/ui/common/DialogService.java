package dev.smhtoken.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every dialog of the window is set up here: owned by the window (so it stays in front of it and
 * closes with it), in the window's stylesheets (theme and all), with buttons named in the window's
 * language ({@link DialogButtons}). One per language: a new language builds a new one.
 */
public final class DialogService {
    private final Scene scene;
    private final Messages messages;

    /** @param scene the window's scene: its window owns the dialogs, its stylesheets dress them */
    public DialogService(Scene scene, Messages messages) {
        this.scene = scene;
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** The window that owns the dialogs (null before the window is shown). */
    public Window owner() {
        return scene.getWindow();
    }

    /** Owns {@code dialog} by the window, titles it and dresses it in the window's stylesheets. */
    public <D extends Dialog<?>> D prepare(D dialog, String title) {
        Window owner = owner();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        return dialog;
    }

    public ButtonType ok() {
        return DialogButtons.ok(messages);
    }

    public ButtonType cancel() {
        return DialogButtons.cancel(messages);
    }

    public ButtonType close() {
        return DialogButtons.close(messages);
    }

    /**
     * Asks before something that cannot be undone. The action's button is named for it, and Cancel
     * is the default, so Enter alone changes nothing.
     */
    public boolean confirm(String title, String question, String actionText) {
        ButtonType action = DialogButtons.action(actionText);
        ButtonType cancel = cancel();
        Alert confirm = prepare(new Alert(Alert.AlertType.CONFIRMATION, question, action, cancel), title);
        confirm.setHeaderText(null);
        ((Button) confirm.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return confirm.showAndWait().filter(action::equals).isPresent();
    }
}
