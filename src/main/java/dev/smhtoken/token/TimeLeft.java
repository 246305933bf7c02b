package dev.smhtoken.token;

import java.time.Duration;

/** Formats a time left the way the window and the command line show it: {@code 1d 02h 03m 04s}. */
public final class TimeLeft {
    private TimeLeft() {
    }

    /** Whole seconds, rounded down; always ASCII digits, whatever the default locale prefers. */
    public static String format(Duration left) {
        long seconds = Math.max(0, left.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        // Built by hand rather than with String.format: every visible row formats this each second.
        StringBuilder text = new StringBuilder(16);
        if (days > 0) {
            text.append(days).append("d ");
        }
        if (days > 0 || hours > 0) {
            twoDigits(text, hours, days > 0).append("h ");
        }
        if (days > 0 || hours > 0 || minutes > 0) {
            twoDigits(text, minutes, days > 0 || hours > 0).append("m ");
        }
        return twoDigits(text, secs, days > 0 || hours > 0 || minutes > 0).append('s').toString();
    }

    /** Appends {@code value}, padded to two digits when a larger unit precedes it. */
    private static StringBuilder twoDigits(StringBuilder text, long value, boolean padded) {
        if (padded && value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
