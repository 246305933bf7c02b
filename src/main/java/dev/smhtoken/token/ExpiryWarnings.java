package dev.smhtoken.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tokens deserve a warning before they expire: those not auto-renewed (auto-renew takes care
 * of the others) whose time left is within {@link Settings#warningLead()}. Each token is warned
 * about once per expiry: after a renew it may be warned about again when its new expiry nears.
 * Pure apart from that memory; no I/O.
 */
public final class ExpiryWarnings {
    private final Map<TokenRef, Instant> warnedFor = new HashMap<>();

    /** One token to warn about. */
    public record Warning(TokenRef ref, String libraryName, Instant expiresAt) {
    }

    /** Tokens inside their warning lead at {@code now} that were not warned about yet for this expiry. */
    public synchronized List<Warning> newWarnings(Vault vault, Instant now) {
        List<Warning> fresh = new ArrayList<>();
        for (Warning warning : current(vault, now)) {
            if (!warning.expiresAt().equals(warnedFor.get(warning.ref()))) {
                warnedFor.put(warning.ref(), warning.expiresAt());
                fresh.add(warning);
            }
        }
        return fresh;
    }

    /** Every token inside its warning lead at {@code now} (not yet expired). */
    public static List<Warning> current(Vault vault, Instant now) {
        Duration lead = vault.settings().warningLead();
        List<Warning> warnings = new ArrayList<>();
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                if (token.revokedAt() != null || token.expiresAt() == null || token.isAutoRenewed(vault.settings())) {
                    continue;
                }
                Duration left = Duration.between(now, token.expiresAt());
                if (!left.isNegative() && !left.isZero() && left.compareTo(lead) <= 0) {
                    warnings.add(new Warning(new TokenRef(library.id(), token.label()), library.name(),
                            token.expiresAt()));
                }
            }
        }
        return warnings;
    }
}
