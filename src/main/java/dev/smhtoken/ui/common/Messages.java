package dev.smhtoken.ui.common;

import dev.smhtoken.token.UserText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language: the window's own ({@code i18n/messages}) and the
 * sentences that failures carry ({@code i18n/errors}, see {@link UserText}).
 */
public final class Messages {
    public static final String BUNDLE = "dev.smhtoken.i18n.messages";
    private final ResourceBundle bundle;
    private final ResourceBundle errors;

    public Messages(ResourceBundle bundle, ResourceBundle errors) {
        this.bundle = bundle;
        this.errors = errors;
    }

    /** The texts of {@code locale}, falling back to English (never to the JVM's default language). */
    public static Messages forLocale(Locale locale) {
        ResourceBundle.Control english = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, english),
                ResourceBundle.getBundle(UserText.BUNDLE, locale, english));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** A failure's sentence in this language. */
    public String sentence(UserText text) {
        return text.render(errors);
    }
}
