package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;

/**
 * The icon in the desktop's tray, as the app drives it. Made by {@link TraySupport} only when the
 * background setting is on, so a start without it never loads the toolkit that draws it.
 */
public interface TrayHost {
    /** Shows {@code summary}: tooltip, icon variant, the menu's recent tokens, in {@code messages}' language. */
    void update(TraySummary summary, Messages messages);

    /** Takes the icon out of the tray. */
    void remove();
}
