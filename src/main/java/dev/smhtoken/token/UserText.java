package dev.smhtoken.token;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A sentence for the user, kept as a key into the error texts ({@code i18n/errors*.properties})
 * and its arguments, so that each face says it in its own language: the window in the one it
 * speaks now, logs and the command line in English ({@link #english()}).
 *
 * <p>An argument is a {@code String}, a number, another {@code UserText} (said in the same
 * language, for a sentence built from parts) or a {@code List} of these (joined with the
 * language's list separator). Anything else is kept as its {@code toString()}, except the secret
 * types, which are refused: a token, a library secret or a password never becomes an argument.
 *
 * @param key       a key of the error texts; its text is a {@link MessageFormat} pattern
 * @param arguments what the pattern's {@code {0}}, {@code {1}} ... stand for
 */
public record UserText(String key, List<Object> arguments) {
    /** The error texts; the base bundle is English. */
    public static final String BUNDLE = "dev.smhtoken.i18n.errors";
    /** Joins the elements of a {@code List} argument ("a, b" in English). */
    static final String LIST_SEPARATOR = "error.list.separator";

    public UserText {
        Objects.requireNonNull(key, "key");
        List<Object> safe = new ArrayList<>(arguments.size());
        for (Object argument : arguments) {
            safe.add(safeArgument(argument));
        }
        arguments = Collections.unmodifiableList(safe);
    }

    public static UserText of(String key, Object... arguments) {
        return new UserText(key, java.util.Arrays.asList(arguments));
    }

    /** This sentence in the language of {@code texts}, a bundle of the error texts. */
    public String render(ResourceBundle texts) {
        Object[] values = arguments.stream().map(argument -> renderArgument(argument, texts)).toArray();
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(values);
    }

    /** This sentence in English: for exception messages, logs and the command line. */
    public String english() {
        return render(English.TEXTS);
    }

    @Override
    public String toString() {
        return english();
    }

    private static Object renderArgument(Object argument, ResourceBundle texts) {
        if (argument instanceof UserText part) {
            return part.render(texts);
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(renderArgument(item, texts)))
                    .collect(Collectors.joining(texts.getString(LIST_SEPARATOR)));
        }
        return argument;
    }

    private static Object safeArgument(Object argument) {
        Objects.requireNonNull(argument, "a UserText argument is never null: choose a key without it");
        if (argument instanceof AccessToken || argument instanceof LibrarySecret
                || argument instanceof char[] || argument instanceof byte[]) {
            throw new IllegalArgumentException("a secret never becomes part of a user message");
        }
        if (argument instanceof String || argument instanceof Number || argument instanceof UserText) {
            return argument;
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(UserText::safeArgument).toList();
        }
        return argument.toString();
    }

    /** The English texts, read once when first needed, never falling back to the JVM's language. */
    private static final class English {
        static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
