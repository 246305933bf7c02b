package dev.smhtoken.token;

import java.time.Duration;
import java.util.Locale;

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
        if (days > 0) {
            return String.format(Locale.ROOT, "%dd %02dh %02dm %02ds", days, hours, minutes, secs);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", hours, minutes, secs);
        }
        if (minutes > 0) {
            return String.format(Locale.ROOT, "%dm %02ds", minutes, secs);
        }
        return secs + "s";
    }
}
