package dev.smhtoken.ui.help;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A keyboard shortcut of the window: the keys, the message key that says what it does, and the
 * action. The window installs these and the shortcuts sheet lists the same ones, so the sheet
 * can never promise a key that does nothing.
 */
public record Shortcut(KeyCombination keys, String descriptionKey, Runnable action) {
    /** A key alone (Delete, Escape, F1). */
    public static Shortcut key(KeyCode key, String descriptionKey, Runnable action) {
        return new Shortcut(new KeyCodeCombination(key), descriptionKey, action);
    }

    /** The platform's shortcut key (Ctrl, or Cmd on macOS) with {@code key}. */
    public static Shortcut ctrl(KeyCode key, String descriptionKey, Runnable action) {
        return new Shortcut(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), descriptionKey, action);
    }

    /** The platform's shortcut key and Shift with {@code key}. */
    public static Shortcut ctrlShift(KeyCode key, String descriptionKey, Runnable action) {
        return new Shortcut(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                descriptionKey, action);
    }
}
