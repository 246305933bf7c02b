package dev.smhtoken.ui.settings;

import java.util.Locale;

/** The language setting: follow the operating system, or one of the languages the app speaks. */
public enum LanguageChoice {
    SYSTEM("system", null), ENGLISH("en", Locale.ENGLISH), CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String settingValue;
    private final Locale locale;

    LanguageChoice(String settingValue, Locale locale) {
        this.settingValue = settingValue;
        this.locale = locale;
    }

    public String settingValue() {
        return settingValue;
    }

    /** The locale to show, {@code system} being the locale the app was started with. */
    public Locale locale(Locale system) {
        return locale == null ? system : locale;
    }

    /** How the choice is named: each language in its own words, so anyone can find theirs. */
    public String displayName(String systemWord) {
        return switch (this) {
            case SYSTEM -> systemWord;
            case ENGLISH -> "English";
            case CHINESE -> "简体中文";
        };
    }

    public static LanguageChoice of(String settingValue) {
        for (LanguageChoice choice : values()) {
            if (choice.settingValue.equalsIgnoreCase(settingValue)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
