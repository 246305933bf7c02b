package dev.smhtoken.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The language bundles against the code: both languages hold the same keys, every key the code
 * or the FXML asks for exists, and no bundle keeps a key that nothing uses. The same for the error
 * sentences ({@code errors*.properties}, keys starting with {@code error.}), whose texts are
 * MessageFormat patterns that must parse and take the same arguments in both languages.
 */
class BundleKeysTest {
    private static final Path MAIN = Path.of("src/main");
    private static final String BUNDLES = "/dev/smhtoken/i18n/";
    /** {@code %key} in FXML attributes. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    /** {@code messages.get("key")}, {@code messages().format("key", ...)}; not {@code get("prefix." + name)}. */
    private static final Pattern LOOKUP = Pattern.compile("messages(?:\\(\\))?\\s*\\.\\s*(?:get|format)\\(\\s*\"([\\w.]+)\"\\s*[,)]");
    /** Any string literal: a key handed around before it is looked up (shortcut and order descriptions). */
    private static final Pattern LITERAL = Pattern.compile("\"([\\w.]+)\"");
    /** An error sentence's key, wherever it is written: {@code UserText.of("error...")}, a map, a ternary. */
    private static final Pattern ERROR_KEY = Pattern.compile("\"(error\\.[\\w.]+)\"");
    /** {@code {0}}, {@code {1,number,integer}}: the arguments a pattern uses. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    /**
     * Keys the code builds at run time, so no literal names them. Each line says where.
     */
    private static final Map<String, String> BUILT_AT_RUN_TIME = Map.ofEntries(
            // RowState.messageKey(): "state." + its name in lower case (the list and the finder)
            Map.entry("state.valid", "StateCell"), Map.entry("state.expiring", "StateCell"),
            Map.entry("state.expired", "StateCell"), Map.entry("state.unknown", "StateCell"),
            Map.entry("state.revoked", "StateCell"), Map.entry("state.renewing", "StateCell"),
            Map.entry("state.failed", "StateCell"),
            // ThemeChoice.messageKey(): "settings.theme." + the saved value
            Map.entry("settings.theme.system", "ThemeChoice"), Map.entry("settings.theme.light", "ThemeChoice"),
            Map.entry("settings.theme.dark", "ThemeChoice"),
            // TokenDetails: "event." + TokenEvent.Kind name in lower case
            Map.entry("event.added", "TokenDetails"), Map.entry("event.copied", "TokenDetails"),
            Map.entry("event.failed", "TokenDetails"), Map.entry("event.generated", "TokenDetails"),
            Map.entry("event.renewed", "TokenDetails"), Map.entry("event.revoked", "TokenDetails"));

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");
        assertEquals(Set.of(), difference(english, chinese), "missing in Simplified Chinese");
        assertEquals(Set.of(), difference(chinese, english), "missing in English");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        asked.addAll(matches(files(".fxml"), FXML_KEY));
        asked.addAll(matches(files(".java"), LOOKUP));
        asked.addAll(BUILT_AT_RUN_TIME.keySet());
        assertTrue(asked.size() > 50, "the scan found too few keys to be trusted: " + asked.size());
        assertEquals(Set.of(), difference(asked, keys("messages.properties")), "asked for but missing");
    }

    @Test
    void noBundleKeepsAKeyNothingUses() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(files(".fxml"), FXML_KEY));
        used.addAll(matches(files(".java"), LITERAL));
        used.addAll(BUILT_AT_RUN_TIME.keySet());
        assertEquals(Set.of(), difference(keys("messages.properties"), used), "in the bundle but never used");
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Set<String> copied = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).matches(".*[a-z]{3,}.*"))
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .filter(key -> !key.equals("column.libraryId") && !key.equals("library.id")
                        && !key.equals("library.hostPrompt"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), copied, "English text in the Chinese bundle");
    }

    @Test
    void bothLanguagesHoldTheSameErrorSentences() throws IOException {
        Set<String> english = keys("errors.properties");
        Set<String> chinese = keys("errors_zh_CN.properties");
        assertEquals(Set.of(), difference(english, chinese), "error sentences missing in Simplified Chinese");
        assertEquals(Set.of(), difference(chinese, english), "error sentences missing in English");
    }

    @Test
    void everyErrorSentenceTheCodeNamesExistsAndEveryOneIsNamed() throws IOException {
        Set<String> named = matches(files(".java"), ERROR_KEY);
        Set<String> bundled = keys("errors.properties");
        assertTrue(named.size() > 100, "the scan found too few error keys to be trusted: " + named.size());
        assertEquals(Set.of(), difference(named, bundled), "named in the code but missing in errors.properties");
        assertEquals(Set.of(), difference(bundled, named), "in errors.properties but never used");
    }

    @Test
    void errorKeysAndWindowKeysDoNotMix() throws IOException {
        Set<String> windowKeysNamedAsErrors = keys("messages.properties").stream()
                .filter(key -> key.startsWith("error.")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> errorKeysNamedAsWindowKeys = keys("errors.properties").stream()
                .filter(key -> !key.startsWith("error.")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), windowKeysNamedAsErrors, "the window's texts must not start with error.");
        assertEquals(Set.of(), errorKeysNamedAsWindowKeys, "every error sentence's key starts with error.");
    }

    /**
     * Each error text is a MessageFormat pattern: it parses, an apostrophe is doubled (a single one
     * would swallow the rest of the sentence), and both languages use the same arguments.
     */
    @Test
    void errorSentencesArePatternsWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("errors.properties");
        Properties chinese = load("errors_zh_CN.properties");
        Set<String> wrong = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            for (Properties language : List.of(english, chinese)) {
                String pattern = language.getProperty(key);
                try {
                    new MessageFormat(pattern, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": does not parse (" + e.getMessage() + ")");
                }
                if (pattern.replace("''", "").contains("'")) {
                    wrong.add(key + ": a single apostrophe; write it twice");
                }
            }
            if (!arguments(english.getProperty(key)).equals(arguments(chinese.getProperty(key)))) {
                wrong.add(key + ": English uses " + arguments(english.getProperty(key)) + ", Chinese "
                        + arguments(chinese.getProperty(key)));
            }
        }
        assertEquals(Set.of(), wrong);
    }

    @Test
    void chineseErrorSentencesAreTranslatedNotCopied() throws IOException {
        Properties english = load("errors.properties");
        Properties chinese = load("errors_zh_CN.properties");
        Set<String> copied = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).matches(".*[a-z]{3,}.*"))
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), copied, "English text in the Chinese error sentences");
    }

    /**
     * JavaFX names its stock buttons (and an Alert's default OK) once, in the JVM's start-up
     * language, so after a switch of language they would stay in the old one: dialogs take theirs
     * from {@code ui/common/DialogButtons}.
     */
    @Test
    void noDialogUsesJavaFxsOwnButtonTexts() throws IOException {
        Pattern stock = Pattern.compile("ButtonType\\.(OK|CANCEL|CLOSE|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b"
                + "|new Alert\\(\\s*(Alert\\.)?AlertType\\.\\w+\\s*\\)");
        Set<String> found = new TreeSet<>();
        for (Path file : files(".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (!code.startsWith("*") && !code.startsWith("/") && stock.matcher(code).find()) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertEquals(Set.of(), found, "dialogs with JavaFX's own button texts");
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(BUNDLES + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> matches(Set<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    private static Set<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toSet());
        }
    }
}
