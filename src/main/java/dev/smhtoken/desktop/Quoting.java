package dev.smhtoken.desktop;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each file format that holds a command line has its own quoting: a path with a space or a quote
 * in it must reach the program as one argument, unchanged, in every one of them.
 */
final class Quoting {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:,=+@-]+");

    private Quoting() {
    }

    /** One POSIX shell word: plain as it is, anything else in single quotes. */
    static String sh(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    static String shLine(List<String> words) {
        return words.stream().map(Quoting::sh).collect(Collectors.joining(" "));
    }

    /**
     * A command for a crontab line: shell words, and every {@code %} escaped, because cron turns an
     * unescaped one into a line break (crontab(5)).
     */
    static String cronLine(List<String> words) {
        return shLine(words).replace("%", "\\%");
    }

    /**
     * systemd's {@code ExecStart=}: words in double quotes where needed (backslash escapes inside),
     * {@code %} doubled (specifiers) and {@code $} doubled (variable expansion), systemd.service(5).
     */
    static String systemdLine(List<String> words) {
        return words.stream().map(Quoting::systemdWord).collect(Collectors.joining(" "));
    }

    private static String systemdWord(String word) {
        String escaped = word.replace("%", "%%").replace("$", "$$");
        if (PLAIN.matcher(word).matches()) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A Desktop Entry {@code Exec=} value: a word with a reserved character goes in double quotes,
     * where {@code " ` $ \} take a backslash; then the value itself escapes backslashes, and
     * {@code %} is doubled (field codes). Desktop Entry Specification 1.5, "The Exec key".
     */
    static String desktopExec(List<String> words) {
        return words.stream().map(Quoting::desktopWord).collect(Collectors.joining(" "))
                .replace("\\", "\\\\").replace("%", "%%");
    }

    private static String desktopWord(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : word.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /**
     * One argument as Windows programs split their command line (CommandLineToArgvW and the C
     * runtime): in quotes when it has a space or a quote; a quote gets a backslash, and the
     * backslashes just before a quote (or the closing one) are doubled.
     */
    static String windowsArgument(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : argument.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }

    static String windowsLine(List<String> arguments) {
        return arguments.stream().map(Quoting::windowsArgument).collect(Collectors.joining(" "));
    }

    /** Text for an XML element or attribute. */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
