package dev.smhtoken.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One saved access token of a library.
 *
 * @param label      unique within its library; {@code default} unless the user names it
 * @param value      the token itself
 * @param expiresAt  when it expires at the latest, or null while unknown (pasted, never renewed)
 * @param renewedAt  when it was obtained or last renewed, or null if never by this app
 * @param period     the lifetime SMH re-arms it with, or null while unknown
 * @param origin     how it was generated, or null when it was pasted
 * @param revokedAt  when it was revoked through this app, or null
 * @param autoRenew  whether the app renews it before it expires; null follows the default in {@link Settings}
 * @param history    what happened to it, oldest first, at most {@link #HISTORY_LIMIT} events
 */
public record Token(String label, AccessToken value, Instant expiresAt, Instant renewedAt, Duration period,
                    GenerateOptions origin, Instant revokedAt, Boolean autoRenew, List<TokenEvent> history) {
    public static final String DEFAULT_LABEL = "default";
    public static final int HISTORY_LIMIT = 50;
    private static final Duration UNKNOWN_PERIOD_WARNING = Duration.ofMinutes(15);

    public Token {
        label = requireLabel(label);
        Objects.requireNonNull(value, "value");
        history = history == null ? List.of()
                : List.copyOf(history.subList(Math.max(0, history.size() - HISTORY_LIMIT), history.size()));
    }

    /** A token without an auto-renew choice of its own and without history. */
    public Token(String label, AccessToken value, Instant expiresAt, Instant renewedAt, Duration period,
                 GenerateOptions origin, Instant revokedAt) {
        this(label, value, expiresAt, renewedAt, period, origin, revokedAt, null, List.of());
    }

    /** A token pasted by the user: nothing is known of it but its value. */
    public static Token pasted(String label, AccessToken value) {
        return new Token(label, value, null, null, null, null, null);
    }

    /** A token SMH just generated; {@code sentAt} is when the request left, so the expiry errs early. */
    public static Token generated(String label, IssuedToken issued, Instant sentAt, GenerateOptions origin) {
        return new Token(label, issued.token(), sentAt.plus(issued.expiresIn()), sentAt, issued.expiresIn(),
                origin, null);
    }

    /**
     * A newly generated token that takes the place of this dead one: same label, auto-renew choice
     * and history, the new value and expiry.
     */
    public Token replacedBy(IssuedToken issued, Instant sentAt, GenerateOptions usedOptions) {
        return new Token(label, issued.token(), sentAt.plus(issued.expiresIn()), sentAt, issued.expiresIn(),
                usedOptions, null, autoRenew, history);
    }

    /** This token after a successful renew sent at {@code sentAt}; SMH's answer replaces the value. */
    public Token renewed(IssuedToken issued, Instant sentAt) {
        return new Token(label, issued.token(), sentAt.plus(issued.expiresIn()), sentAt, issued.expiresIn(),
                origin, null, autoRenew, history);
    }

    /**
     * This token as saved now with the result of a renew sent at {@code sentAt} merged in, field by
     * field: the renew owns the value, expiry, renewal time and period, unless this token was
     * renewed by a request sent later (another process's), whose result is the newer one; the label,
     * origin, auto-renew choice and history stay as saved now, so changes made while the request
     * was out are kept. The RENEWED event joins the history in time order.
     */
    public Token withRenewal(IssuedToken issued, Instant sentAt) {
        boolean newerRenewSaved = renewedAt != null && renewedAt.isAfter(sentAt) && value.equals(issued.token());
        Token renewed = newerRenewSaved ? this : renewed(issued, sentAt);
        return renewed.withEventInOrder(TokenEvent.of(sentAt, TokenEvent.Kind.RENEWED, sentAt.plus(issued.expiresIn())));
    }

    /** This token with {@code event} placed after every event not later than it (events of other processes may be newer). */
    Token withEventInOrder(TokenEvent event) {
        List<TokenEvent> events = new ArrayList<>(history);
        int at = events.size();
        while (at > 0 && events.get(at - 1).at().isAfter(event.at())) {
            at--;
        }
        events.add(at, event);
        return new Token(label, value, expiresAt, renewedAt, period, origin, revokedAt, autoRenew, events);
    }

    public Token revoked(Instant at) {
        return new Token(label, value, expiresAt, renewedAt, period, origin, at, autoRenew, history);
    }

    public Token withLabel(String newLabel) {
        return new Token(newLabel, value, expiresAt, renewedAt, period, origin, revokedAt, autoRenew, history);
    }

    public Token withAutoRenew(Boolean choice) {
        return new Token(label, value, expiresAt, renewedAt, period, origin, revokedAt, choice, history);
    }

    /** This token with {@code event} added to its history; the oldest events fall off past the limit. */
    public Token withEvent(TokenEvent event) {
        List<TokenEvent> events = new ArrayList<>(history);
        events.add(event);
        return new Token(label, value, expiresAt, renewedAt, period, origin, revokedAt, autoRenew, events);
    }

    /**
     * True when SMH refused this token as invalid since it was last renewed or generated: only a new
     * token helps, so auto-renew leaves it alone. Derived from the saved history, so it survives restarts.
     */
    public boolean needsNewToken() {
        for (int i = history.size() - 1; i >= 0; i--) {
            TokenEvent event = history.get(i);
            switch (event.kind()) {
                case FAILED:
                    if (TokenEvent.INVALID_TOKEN_CODE.equals(event.code())) {
                        return true;
                    }
                    break;
                case RENEWED, GENERATED, ADDED:
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    /** Whether the app renews this token by itself: its own choice, else the default, never when dead. */
    public boolean isAutoRenewed(Settings settings) {
        boolean chosen = autoRenew != null ? autoRenew : settings.autoRenewByDefault();
        return chosen && revokedAt == null && !needsNewToken();
    }

    /** Time left at {@code now}, never negative; null while the expiry is unknown. */
    public Duration timeLeft(Instant now) {
        if (expiresAt == null) {
            return null;
        }
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public TokenState state(Instant now) {
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        if (expiresAt == null) {
            return TokenState.UNKNOWN;
        }
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return TokenState.EXPIRED;
        }
        if (period == null) {
            return left.compareTo(UNKNOWN_PERIOD_WARNING) < 0 ? TokenState.EXPIRING : TokenState.VALID;
        }
        // Less than a tenth of the period left. Multiplying, not Duration.dividedBy, which goes
        // through BigDecimal: this runs for every row the window sorts or draws.
        return left.multipliedBy(10).compareTo(period) < 0 ? TokenState.EXPIRING : TokenState.VALID;
    }

    public TokenState state(java.time.Clock clock) {
        return state(clock.instant());
    }

    /** Share of the period still left, 0 to 1, for the progress bar; -1 while unknown. */
    public double fractionLeft(Instant now) {
        if (expiresAt == null || period == null || period.isZero()) {
            return expiresAt == null ? -1 : (state(now) == TokenState.EXPIRED ? 0 : 1);
        }
        double fraction = (double) timeLeft(now).toMillis() / period.toMillis();
        return Math.max(0, Math.min(1, fraction));
    }

    static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            return DEFAULT_LABEL;
        }
        String trimmed = label.strip();
        if (trimmed.contains("/") || trimmed.length() > 64) {
            throw new InvalidInputException(UserText.of("error.token.labelNotAllowed", Printable.excerpt(trimmed)));
        }
        return trimmed;
    }

    /**
     * A label as the user (or a file) gives it: {@link #requireLabel}'s rules, and nothing
     * unprintable. Checked where labels come in, not when the vault is read, so that a vault saved by
     * an earlier version always opens.
     */
    public static String requireNewLabel(String label) {
        String checked = requireLabel(label);
        if (Printable.hasUnprintable(checked)) {
            throw new InvalidInputException(UserText.of("error.token.labelUnprintable", Printable.excerpt(checked)));
        }
        return checked;
    }

    @Override
    public String toString() {
        return "Token[label=" + label + ", value=redacted, expiresAt=" + expiresAt + ", period=" + period + "]";
    }
}
