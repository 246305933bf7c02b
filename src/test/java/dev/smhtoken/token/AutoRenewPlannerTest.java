package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure decision of when a token is due for an automatic renew. */
class AutoRenewPlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Settings AUTO = new Settings(Duration.ofSeconds(30), true, 10, Duration.ofMinutes(5),
            Duration.ofMinutes(15), "system", "system", Duration.ZERO);

    @Test
    void theThresholdIsTheShareOfThePeriodButNeverUnderTheMinimum() {
        assertEquals(Duration.ofMinutes(144), AutoRenewPlanner.threshold(DAY, AUTO));
        assertEquals(Duration.ofMinutes(5), AutoRenewPlanner.threshold(Duration.ofMinutes(20), AUTO));
    }

    @Test
    void aTokenIsDueOnceItsTimeLeftFallsUnderTheThresholdLessItsJitter() {
        Token token = token("a", NOW.plus(DAY), DAY, null);
        TokenRef ref = new TokenRef("lib", "a");
        Instant due = AutoRenewPlanner.dueAt(ref, token, AUTO).orElseThrow();
        Instant threshold = NOW.plus(DAY).minus(Duration.ofMinutes(144));
        assertTrue(!due.isAfter(threshold) && !due.isBefore(threshold.minusSeconds(60)), due.toString());

        Vault vault = new Vault(List.of(library(token)), AUTO);
        assertTrue(AutoRenewPlanner.due(vault, due.minusMillis(1)).isEmpty());
        assertEquals(List.of(ref), AutoRenewPlanner.due(vault, due));
    }

    @Test
    void jitterStaysWithinItsBoundsAndSpreadsAHundredTokens() {
        Duration threshold = Duration.ofMinutes(144);
        Set<Duration> distinct = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Duration jitter = AutoRenewPlanner.jitter(new TokenRef("lib", "t" + i), threshold);
            assertTrue(!jitter.isNegative() && jitter.compareTo(Duration.ofSeconds(60)) <= 0, jitter.toString());
            assertEquals(jitter, AutoRenewPlanner.jitter(new TokenRef("lib", "t" + i), threshold), "stable");
            distinct.add(jitter.withNanos(0));
        }
        assertTrue(distinct.size() > 40, "spread over many seconds, got " + distinct.size());
        // A short threshold gets at most a tenth of it.
        Duration small = AutoRenewPlanner.jitter(new TokenRef("lib", "x"), Duration.ofMinutes(5));
        assertTrue(small.compareTo(Duration.ofSeconds(30)) <= 0, small.toString());
    }

    @Test
    void unknownExpiryIsDueAtOnceToLearnIt() {
        Token pasted = Token.pasted("p", AccessToken.of("acctk-pasted-value-123"));
        Vault vault = new Vault(List.of(library(pasted)), AUTO);
        assertEquals(List.of(new TokenRef("lib", "p")), AutoRenewPlanner.due(vault, NOW));
    }

    @Test
    void revokedDeadAndOptedOutTokensAreNeverDue() {
        List<Token> tokens = new ArrayList<>();
        tokens.add(token("revoked", NOW.plusSeconds(10), DAY, null).revoked(NOW));
        tokens.add(token("dead", NOW.plusSeconds(10), DAY, null)
                .withEvent(new TokenEvent(NOW, TokenEvent.Kind.FAILED, null, "InvalidAccessToken")));
        tokens.add(token("off", NOW.plusSeconds(10), DAY, false));
        Vault vault = new Vault(List.of(new Library(LibraryAddress.of("lib", null), "Lib", tokens)), AUTO);
        assertTrue(AutoRenewPlanner.due(vault, NOW).isEmpty());
        // ...and a token's own "on" wins over a default of "off".
        Vault defaultOff = new Vault(List.of(library(token("on", NOW.plusSeconds(10), DAY, true))), Settings.DEFAULTS);
        assertEquals(1, AutoRenewPlanner.due(defaultOff, NOW).size());
    }

    @Test
    void aRenewAfterTheFailureClearsTheNeedForANewToken() {
        Token dead = token("dead", NOW.plusSeconds(10), DAY, null)
                .withEvent(new TokenEvent(NOW, TokenEvent.Kind.FAILED, null, "InvalidAccessToken"));
        assertTrue(dead.needsNewToken());
        Token alive = dead.withEvent(TokenEvent.of(NOW, TokenEvent.Kind.GENERATED, NOW.plus(DAY)));
        assertTrue(!alive.needsNewToken());
    }

    private static Token token(String label, Instant expiresAt, Duration period, Boolean autoRenew) {
        return new Token(label, AccessToken.of("acctk-value-of-" + label + "-0000"), expiresAt, expiresAt.minus(period),
                period, null, null, autoRenew, List.of());
    }

    private static Library library(Token token) {
        return new Library(LibraryAddress.of("lib", null), "Lib", List.of(token));
    }
}
