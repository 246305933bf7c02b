package dev.smhtoken.desktop;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How often the OS's scheduler renews, and what each run renews: every token that would have less
 * than {@link #window()} left, which is the time to the next run plus a margin as long again (at
 * least ten minutes), so one run that is missed (the computer asleep, the network down) still
 * leaves time for the one after.
 */
public record RenewSchedule(Duration every) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofHours(12);
    private static final Duration LEAST_MARGIN = Duration.ofMinutes(10);
    /** The renew option that makes a run write what it did to the data folder's log. */
    public static final String SCHEDULED_FLAG = "--scheduled";

    public RenewSchedule {
        Objects.requireNonNull(every, "every");
        if (every.compareTo(SHORTEST) < 0 || every.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("--every must be between " + text(SHORTEST) + " and " + text(LONGEST)
                    + ", not " + text(every) + ".");
        }
        every = Duration.ofSeconds(every.toSeconds());
    }

    public Duration window() {
        return every.plus(every.compareTo(LEAST_MARGIN) > 0 ? every : LEAST_MARGIN);
    }

    /** The command line's arguments for one run. */
    public List<String> renewArguments() {
        return List.of("renew", "--expiring-within", text(window()), SCHEDULED_FLAG);
    }

    /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1h30m}: the form the command line reads. */
    public static String text(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
            seconds %= 3600;
        }
        if (seconds >= 60) {
            text.append(seconds / 60).append('m');
            seconds %= 60;
        }
        if (seconds > 0 || text.length() == 0) {
            text.append(seconds).append('s');
        }
        return text.toString();
    }
}
