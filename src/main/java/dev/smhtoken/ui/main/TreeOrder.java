package dev.smhtoken.ui.main;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenState;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the token tree is ordered. Time left orders by expiry (an expired token's expiry is the
 * earliest, so it comes first; unknown expiries come last), which does not change as the clock
 * ticks: a sort is only needed when the tokens change.
 */
public enum TreeOrder {
    TIME_LEFT, NAME, STATE;

    /** The key for the message that names this order ({@code sort.timeLeft}, ...). */
    public String messageKey() {
        return switch (this) {
            case TIME_LEFT -> "sort.timeLeft";
            case NAME -> "sort.name";
            case STATE -> "sort.state";
        };
    }

    Comparator<TokenEntry> tokens(Instant now) {
        Comparator<TokenEntry> byLabel = Comparator.comparing(t -> t.label().toLowerCase(Locale.ROOT));
        return this == NAME ? byLabel : urgency(now).thenComparing(byLabel);
    }

    /**
     * Libraries by name, or after their first token in this order ({@code firstToken} gives it,
     * or null for a library without tokens, which goes last).
     */
    Comparator<LibraryEntry> libraries(Instant now, Function<LibraryEntry, TokenEntry> firstToken) {
        Comparator<LibraryEntry> byName = Comparator.comparing(TreeOrder::nameKey);
        return this == NAME ? byName
                : Comparator.comparing(firstToken, Comparator.nullsLast(urgency(now))).thenComparing(byName);
    }

    private Comparator<TokenEntry> urgency(Instant now) {
        Comparator<TokenEntry> byExpiry = Comparator.comparing(TreeOrder::expiryKey);
        return this == STATE ? Comparator.<TokenEntry>comparingInt(t -> stateRank(t, now)).thenComparing(byExpiry)
                : byExpiry;
    }

    /**
     * The expiry at full precision: tokens renewed within one millisecond (a renew-all) keep the
     * order they were renewed in instead of falling back to their labels.
     */
    static Instant expiryKey(TokenEntry entry) {
        Token token = entry.token();
        if (token.revokedAt() != null) {
            return Instant.MIN; // unusable: at the top, with the expired ones
        }
        Instant expiresAt = token.expiresAt();
        return expiresAt == null ? Instant.MAX : expiresAt;
    }

    /** Most urgent first: failed, expired, revoked, expiring, renewing, valid, unknown. */
    static int stateRank(TokenEntry entry, Instant now) {
        if (entry.failure() != null) {
            return 0;
        }
        if (entry.isRenewing()) {
            return 4;
        }
        TokenState state = entry.token().state(now);
        return switch (state) {
            case EXPIRED -> 1;
            case REVOKED -> 2;
            case EXPIRING -> 3;
            case VALID -> 5;
            case UNKNOWN -> 6;
        };
    }

    static String nameKey(LibraryEntry library) {
        return library.library().name().toLowerCase(Locale.ROOT) + "\n" + library.libraryId();
    }
}
