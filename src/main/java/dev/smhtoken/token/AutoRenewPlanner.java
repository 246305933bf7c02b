package dev.smhtoken.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, as a pure function of the vault and the time, which tokens are due for an automatic
 * renew. A token is due once its time left falls under its threshold,
 * {@code max(renewAheadPercent% of its period, renewAheadMinimum)}, moved earlier by a jitter that is
 * stable per token (0 to {@code min(60 s, 10% of the threshold)}), so that a hundred tokens generated
 * together do not all fire in the same second.
 *
 * <p>A token whose expiry or period is unknown (pasted and never renewed) is due at once: a renew
 * never shortens a token's life, and it is the only way SMH tells the expiry; afterwards it follows
 * its threshold like any other. Revoked tokens, tokens SMH declared invalid and tokens not
 * auto-renewed are never due.
 */
public final class AutoRenewPlanner {
    static final Duration MAX_JITTER = Duration.ofSeconds(60);

    private AutoRenewPlanner() {
    }

    /** The tokens due for an automatic renew at {@code now}, in the vault's order. */
    public static List<TokenRef> due(Vault vault, Instant now) {
        return due(vault, now, vault.settings());
    }

    public static List<TokenRef> due(Vault vault, Instant now, Settings settings) {
        List<TokenRef> due = new ArrayList<>();
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                TokenRef ref = new TokenRef(library.id(), token.label());
                dueAt(ref, token, settings).filter(at -> !at.isAfter(now)).ifPresent(at -> due.add(ref));
            }
        }
        return due;
    }

    /**
     * When {@code token} becomes due; empty when it is not auto-renewed; {@link Instant#MIN} (due at
     * once) when its expiry or period is unknown.
     */
    public static Optional<Instant> dueAt(TokenRef ref, Token token, Settings settings) {
        if (!token.isAutoRenewed(settings)) {
            return Optional.empty();
        }
        if (token.expiresAt() == null || token.period() == null) {
            return Optional.of(Instant.MIN);
        }
        Duration threshold = threshold(token.period(), settings);
        return Optional.of(token.expiresAt().minus(threshold).minus(jitter(ref, threshold)));
    }

    /** {@code max(renewAheadPercent% of period, renewAheadMinimum)}. */
    public static Duration threshold(Duration period, Settings settings) {
        Duration share = period.multipliedBy(settings.renewAheadPercent()).dividedBy(100);
        return share.compareTo(settings.renewAheadMinimum()) >= 0 ? share : settings.renewAheadMinimum();
    }

    /** A stable spread for one token: the same every run, different between tokens. */
    static Duration jitter(TokenRef ref, Duration threshold) {
        Duration bound = threshold.dividedBy(10);
        if (bound.compareTo(MAX_JITTER) > 0) {
            bound = MAX_JITTER;
        }
        long boundMillis = bound.toMillis();
        if (boundMillis <= 0) {
            return Duration.ZERO;
        }
        // A mixed hash (not String.hashCode alone): neighbouring labels must not get neighbouring jitters.
        long hash = mix(ref.libraryId().hashCode() * 31L + ref.label().hashCode());
        return Duration.ofMillis(Math.floorMod(hash, boundMillis + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
