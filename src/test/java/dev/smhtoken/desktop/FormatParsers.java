package dev.smhtoken.desktop;

import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own readers of each format's command line, written from the formats' documents (not
 * from the code under test), so that a quoting mistake shows as a different argument list.
 */
public final class FormatParsers {
    private FormatParsers() {
    }

    /** systemd.service(5), "Command lines": quotes, backslash escapes, {@code %%} and {@code $$}. */
    public static List<String> systemdExec(String line) {
        return split(line.replace("%%", "%").replace("$$", "$"), "\\\"");
    }

    /** Desktop Entry Specification: the string's own escapes first, then the Exec quoting. */
    public static List<String> desktopExec(String value) {
        StringBuilder unescaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                unescaped.append(switch (next) {
                    case 's' -> ' ';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                unescaped.append(c);
            }
        }
        return split(unescaped.toString().replace("%%", "%"), "\"`$\\");
    }

    /** Words split on spaces; inside double quotes a backslash escapes one of {@code escapable}. */
    private static List<String> split(String line, String escapable) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length() && escapable.indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '"') {
                    quoted = true;
                } else {
                    word.append(c);
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** How the Microsoft C runtime splits a command line (the rules CommandLineToArgvW documents). */
    public static List<String> windowsArguments(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                int count = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    count++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(count / 2));
                    if (count % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(count));
                }
                any = true;
                continue;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if ((c == ' ' || c == '\t') && !inQuotes) {
                if (any) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
            i++;
        }
        if (any) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** What cron hands to the shell: the text up to the first unescaped {@code %}, with {@code \%} as {@code %}. */
    public static String cronCommand(String command) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '%') {
                out.append('%');
                i++;
            } else if (c == '%') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
