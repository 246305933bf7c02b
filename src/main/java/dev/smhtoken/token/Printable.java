package dev.smhtoken.token;

/**
 * Text that is safe to show: what counts as unprintable (characters that steer a terminal or the
 * reading order instead of showing), and how text from the user, a file or a server is quoted in a
 * message or printed by the command line, so that no value can clear a screen, forge a row or make
 * a message a megabyte long.
 */
public final class Printable {
    /** The most of a quoted value a message shows; the rest is cut off. */
    public static final int EXCERPT_LENGTH = 64;

    private Printable() {
    }

    /**
     * C0 and C1 controls (ESC, CSI, line breaks, tabs) and DEL, and the invisible marks that reorder
     * or hide text: bidirectional embeddings, overrides and isolates, and the line and paragraph
     * separators.
     */
    public static boolean isUnprintable(int c) {
        return Character.isISOControl(c)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
    }

    public static boolean hasUnprintable(String text) {
        return text != null && text.codePoints().anyMatch(Printable::isUnprintable);
    }

    /** {@code text} with each unprintable character written as {@code \\u001B}; null stays null. */
    public static String escaped(String text) {
        if (text == null || !hasUnprintable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isUnprintable(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * {@code text} as a message may quote it: escaped, and cut after {@link #EXCERPT_LENGTH}
     * characters with an ellipsis, so a huge value is never echoed whole.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > EXCERPT_LENGTH
                ? text.substring(0, Character.isHighSurrogate(text.charAt(EXCERPT_LENGTH - 1))
                        ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH) + "…"
                : text;
        return escaped(cut);
    }
}
