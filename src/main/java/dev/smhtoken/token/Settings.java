package dev.smhtoken.token;

import java.time.Duration;
import java.util.Objects;

/**
 * The user's preferences, saved in the vault.
 *
 * @param clipboardTimeout     how long a copied token stays on the clipboard
 * @param autoRenewByDefault   whether tokens without a choice of their own are renewed automatically
 * @param renewAheadPercent    auto-renew when less than this share of the period is left
 * @param renewAheadMinimum    ...but never with less than this left
 * @param warningLead          warn about a token that is not auto-renewed this long before it expires
 * @param theme                {@code system}, {@code light} or {@code dark}
 * @param language             a language tag such as {@code en} or {@code zh-CN}; {@code system} follows the OS
 * @param lockAfterIdle        lock the vault after this long without input; {@link Duration#ZERO} never
 * @param keepRunningInBackground closing the window hides it and the app stays in the tray (where there is one)
 */
public record Settings(Duration clipboardTimeout, boolean autoRenewByDefault, int renewAheadPercent,
                       Duration renewAheadMinimum, Duration warningLead, String theme, String language,
                       Duration lockAfterIdle, boolean keepRunningInBackground) {
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(30), false, 10, Duration.ofMinutes(5),
            Duration.ofMinutes(15), "system", "system", Duration.ZERO, true);

    /** Settings that keep running in the background, the default. */
    public Settings(Duration clipboardTimeout, boolean autoRenewByDefault, int renewAheadPercent,
                    Duration renewAheadMinimum, Duration warningLead, String theme, String language,
                    Duration lockAfterIdle) {
        this(clipboardTimeout, autoRenewByDefault, renewAheadPercent, renewAheadMinimum, warningLead, theme, language,
                lockAfterIdle, true);
    }

    public Settings {
        clipboardTimeout = requireRange(clipboardTimeout, Duration.ofSeconds(5), Duration.ofMinutes(10),
                "error.settings.clipboardTimeoutRange");
        if (renewAheadPercent < 1 || renewAheadPercent > 90) {
            throw new InvalidInputException(UserText.of("error.settings.renewAheadShareRange"));
        }
        renewAheadMinimum = requireRange(renewAheadMinimum, Duration.ZERO, Duration.ofDays(1),
                "error.settings.renewAheadMinimumRange");
        warningLead = requireRange(warningLead, Duration.ZERO, Duration.ofDays(7),
                "error.settings.warningLeadRange");
        theme = theme == null || theme.isBlank() ? "system" : theme;
        language = language == null || language.isBlank() ? "system" : language;
        lockAfterIdle = requireRange(lockAfterIdle, Duration.ZERO, Duration.ofDays(1),
                "error.settings.idleLockRange");
    }

    public Settings withKeepRunningInBackground(boolean on) {
        return new Settings(clipboardTimeout, autoRenewByDefault, renewAheadPercent, renewAheadMinimum, warningLead,
                theme, language, lockAfterIdle, on);
    }

    /** @param key the error text that names the setting and its range */
    private static Duration requireRange(Duration value, Duration min, Duration max, String key) {
        Objects.requireNonNull(value, key);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidInputException(UserText.of(key));
        }
        return value;
    }
}
