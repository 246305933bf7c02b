package dev.smhtoken.ui.settings;

import java.util.Locale;

/** The theme setting: follow the desktop, or always light or dark. Saved as its lower-case name. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "settings.theme." + settingValue();
    }

    /** The choice a saved value names; anything unknown follows the desktop. */
    public static ThemeChoice of(String settingValue) {
        for (ThemeChoice choice : values()) {
            if (choice.settingValue().equalsIgnoreCase(settingValue)) {
                return choice;
            }
        }
        return SYSTEM;
    }

    /** Whether the window is dark, given what the desktop prefers. */
    public boolean isDark(boolean desktopPrefersDark) {
        return this == DARK || this == SYSTEM && desktopPrefersDark;
    }
}
