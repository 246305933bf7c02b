package dev.smhtoken.ui.help;

import javafx.scene.input.KeyCombination;

/**
 * A keyboard shortcut of the window: the keys, the message key that says what it does, and the
 * action. The window installs these and the shortcuts sheet lists the same ones, so the sheet
 * can never promise a key that does nothing.
 */
public record Shortcut(KeyCombination keys, String descriptionKey, Runnable action) {
}
