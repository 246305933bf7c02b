package dev.smhtoken.ui.find;

import java.util.List;
import java.util.Locale;

/**
 * How well a query matches a token's names, as the finder ranks them. The query is split into
 * words (at spaces and slashes, so {@code mkt/up} reads like {@code mkt up}); every word must be
 * found in one of the fields (display name, LibraryId, label), in any order, its letters in order
 * but with gaps allowed, ignoring case. A word scores more where its letters are consecutive and
 * where it starts a word of the field, so {@code up} prefers "uploader" to "Product photos".
 * Pure: no state, no toolkit.
 */
public final class FuzzyMatch {
    /** What a query that matches nothing scores. */
    public static final int NO_MATCH = -1;
    private static final int PER_LETTER = 1;
    private static final int CONSECUTIVE = 6;
    private static final int WORD_START = 8;
    private static final int FIELD_START = 4;
    private static final int WHOLE_FIELD = 10;
    /** A gap costs this, and one more per letter skipped, but never more than {@link #MAX_GAP_COST}. */
    private static final int GAP = 3;
    /** A long gap is no worse than a fairly short one: a long name is no worse a match. */
    private static final int MAX_GAP_COST = 8;

    private FuzzyMatch() {
    }

    /** The query's score against {@code fields} (higher is better; 0 for a blank query), or {@link #NO_MATCH}. */
    public static int score(String query, List<String> fields) {
        int total = 0;
        for (String word : words(query)) {
            int best = NO_MATCH;
            for (String field : fields) {
                if (field != null) {
                    best = Math.max(best, wordScore(word, field));
                }
            }
            if (best == NO_MATCH) {
                return NO_MATCH;
            }
            total += best;
        }
        return total;
    }

    /** The query's words in lower case; none for a blank query. */
    static List<String> words(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(trimmed.toLowerCase(Locale.ROOT).split("[\\s/]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The best score of {@code word}'s letters found in order in {@code field}: from each place its
     * first letter occurs, the rest is taken as early as it comes (short fields, so this is cheap).
     */
    static int wordScore(String word, String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.length() < word.length()) {
            return NO_MATCH;
        }
        // Lower case can change a length (a dotted capital I): then word starts are read from it alone.
        String cased = lower.length() == field.length() ? field : lower;
        int best = NO_MATCH;
        for (int start = lower.indexOf(word.charAt(0)); start >= 0; start = lower.indexOf(word.charAt(0), start + 1)) {
            best = Math.max(best, scoreFrom(word, cased, lower, start));
        }
        if (best != NO_MATCH && lower.equals(word)) {
            best += WHOLE_FIELD;
        }
        return best;
    }

    private static int scoreFrom(String word, String field, String lower, int start) {
        int score = 0;
        int previous = -1;
        int at = start;
        for (int i = 0; i < word.length(); i++) {
            at = i == 0 ? start : lower.indexOf(word.charAt(i), previous + 1);
            if (at < 0) {
                return NO_MATCH;
            }
            score += PER_LETTER;
            if (previous >= 0 && at == previous + 1) {
                score += CONSECUTIVE;
            } else if (previous >= 0) {
                score -= Math.min(MAX_GAP_COST, GAP + at - previous - 1);
            }
            if (startsWord(field, at)) {
                score += WORD_START;
            }
            if (at == 0) {
                score += FIELD_START;
            }
            previous = at;
        }
        return Math.max(1, score); // gaps never make a match worth less than none
    }

    /** The field's first letter, one after a separator, or a capital after a small letter (camelCase). */
    private static boolean startsWord(String field, int at) {
        if (at == 0) {
            return true;
        }
        char before = field.charAt(at - 1);
        char here = field.charAt(at);
        return !Character.isLetterOrDigit(before) || Character.isLowerCase(before) && Character.isUpperCase(here);
    }
}
