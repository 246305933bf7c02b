package dev.smhtoken.ui.main;

import java.time.Instant;
import java.util.Locale;
import javafx.css.PseudoClass;

/**
 * The states a token's row can show: the token's own, or what the window is doing with it. The
 * list's state badge and the finder's results show the same one, in the same colours.
 */
public enum RowState {
    VALID, EXPIRING, EXPIRED, UNKNOWN, REVOKED, RENEWING, FAILED;

    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT));

    /** The pseudo-class the stylesheet colours a badge in this state by. */
    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** The key of its name in the bundles ({@code state.valid} ...). */
    public String messageKey() {
        return "state." + name().toLowerCase(Locale.ROOT);
    }

    public static RowState of(TokenEntry entry, Instant now) {
        if (entry.isRenewing()) {
            return RENEWING;
        }
        if (entry.failure() != null) {
            return FAILED;
        }
        return switch (entry.token().state(now)) {
            case VALID -> VALID;
            case EXPIRING -> EXPIRING;
            case EXPIRED -> EXPIRED;
            case UNKNOWN -> UNKNOWN;
            case REVOKED -> REVOKED;
        };
    }
}
