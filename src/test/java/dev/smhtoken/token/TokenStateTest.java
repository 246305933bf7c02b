package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A token's state, time left and share left are pure functions of the clock; checked at every boundary. */
class TokenStateTest {
    private static final Instant RENEWED_AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(24);
    private static final Instant EXPIRES_AT = RENEWED_AT.plus(PERIOD);
    private static final Clock AT_EXPIRY = Clock.fixed(EXPIRES_AT, ZoneOffset.UTC);
    private static final AccessToken VALUE = AccessToken.of("acctk01f7af4f07me88u2svxwp9tszuekqlprquuejxxxxxx");

    private static Token renewedDaily() {
        return Token.pasted("default", VALUE).renewed(new IssuedToken(VALUE, PERIOD), RENEWED_AT);
    }

    private static Token withUnknownPeriod() {
        return new Token("default", VALUE, EXPIRES_AT, null, null, null, null);
    }

    private static Clock atExpiryPlus(Duration offset) {
        return Clock.offset(AT_EXPIRY, offset);
    }

    @Nested
    class KnownPeriod {
        @Test
        void oneMillisecondBeforeExpiryIsExpiring() {
            assertEquals(TokenState.EXPIRING, renewedDaily().state(atExpiryPlus(Duration.ofMillis(-1))));
        }

        @Test
        void exactlyAtExpiryIsExpired() {
            assertEquals(TokenState.EXPIRED, renewedDaily().state(AT_EXPIRY));
        }

        @Test
        void afterExpiryIsExpired() {
            Token token = renewedDaily();
            assertEquals(TokenState.EXPIRED, token.state(atExpiryPlus(Duration.ofMillis(1))));
            assertEquals(TokenState.EXPIRED, token.state(atExpiryPlus(Duration.ofSeconds(1))));
            assertEquals(TokenState.EXPIRED, token.state(atExpiryPlus(Duration.ofDays(400))));
        }

        @Test
        void exactlyTenPercentLeftIsStillValid() {
            Duration tenPercent = PERIOD.dividedBy(10); // 2h 24m
            assertEquals(Duration.ofMinutes(144), tenPercent);
            assertEquals(TokenState.VALID, renewedDaily().state(atExpiryPlus(tenPercent.negated())));
        }

        @Test
        void oneMillisecondUnderTenPercentIsExpiring() {
            Duration justUnder = PERIOD.dividedBy(10).minusMillis(1);
            assertEquals(TokenState.EXPIRING, renewedDaily().state(atExpiryPlus(justUnder.negated())));
        }

        @Test
        void oneSecondOverTenPercentIsValid() {
            Duration over = PERIOD.dividedBy(10).plusSeconds(1);
            assertEquals(TokenState.VALID, renewedDaily().state(atExpiryPlus(over.negated())));
        }

        @Test
        void tenPercentOfAShortPeriodIsUsedRatherThanFifteenMinutes() {
            // A 5-minute token is only expiring in its last 30 s, not for its whole life.
            Duration period = Duration.ofMinutes(5);
            Token token = Token.pasted("short", VALUE).renewed(new IssuedToken(VALUE, period), RENEWED_AT);
            Clock atRenewal = Clock.fixed(RENEWED_AT, ZoneOffset.UTC);
            assertEquals(TokenState.VALID, token.state(Clock.offset(atRenewal, Duration.ofSeconds(270))));
            assertEquals(TokenState.EXPIRING, token.state(Clock.offset(atRenewal, Duration.ofMillis(270_001))));
        }

        @Test
        void rightAfterRenewalIsValid() {
            assertEquals(TokenState.VALID, renewedDaily().state(Clock.fixed(RENEWED_AT, ZoneOffset.UTC)));
        }

        @Test
        void stateOfAClockAndOfItsInstantAgree() {
            Token token = renewedDaily();
            for (long secondsBefore = -5; secondsBefore <= PERIOD.getSeconds(); secondsBefore += 601) {
                Clock clock = atExpiryPlus(Duration.ofSeconds(-secondsBefore));
                assertEquals(token.state(clock.instant()), token.state(clock));
            }
        }

        @Test
        void walkingThroughThePeriodSecondBySecondNeverGoesBack() {
            Token token = renewedDaily();
            TokenState previous = TokenState.VALID;
            int changes = 0;
            for (Instant now = RENEWED_AT; !now.isAfter(EXPIRES_AT.plusSeconds(5)); now = now.plusSeconds(1)) {
                TokenState state = token.state(now);
                TokenState before = previous;
                Instant at = now;
                assertTrue(state.ordinal() >= before.ordinal(), () -> "went from " + before + " back to " + state + " at " + at);
                if (state != previous) {
                    changes++;
                    Instant expected = state == TokenState.EXPIRING ? EXPIRES_AT.minus(PERIOD.dividedBy(10)).plusSeconds(1) : EXPIRES_AT;
                    assertEquals(expected, now, "switched to " + state);
                }
                previous = state;
            }
            assertEquals(2, changes);
        }
    }

    @Nested
    class UnknownPeriod {
        @Test
        void exactlyFifteenMinutesLeftIsValid() {
            assertEquals(TokenState.VALID, withUnknownPeriod().state(atExpiryPlus(Duration.ofMinutes(-15))));
        }

        @Test
        void oneMillisecondUnderFifteenMinutesIsExpiring() {
            Duration left = Duration.ofMinutes(15).minusMillis(1);
            assertEquals(TokenState.EXPIRING, withUnknownPeriod().state(atExpiryPlus(left.negated())));
        }

        @Test
        void oneMillisecondBeforeExpiryIsExpiringAndAtExpiryExpired() {
            assertEquals(TokenState.EXPIRING, withUnknownPeriod().state(atExpiryPlus(Duration.ofMillis(-1))));
            assertEquals(TokenState.EXPIRED, withUnknownPeriod().state(AT_EXPIRY));
            assertEquals(TokenState.EXPIRED, withUnknownPeriod().state(atExpiryPlus(Duration.ofMillis(1))));
        }

        @Test
        void hoursLeftIsValid() {
            assertEquals(TokenState.VALID, withUnknownPeriod().state(atExpiryPlus(Duration.ofHours(-3))));
        }

        @Test
        void shareLeftIsAllOrNothing() {
            assertEquals(1.0, withUnknownPeriod().fractionLeft(EXPIRES_AT.minusSeconds(1)));
            assertEquals(0.0, withUnknownPeriod().fractionLeft(EXPIRES_AT));
            assertEquals(0.0, withUnknownPeriod().fractionLeft(EXPIRES_AT.plusSeconds(1)));
        }
    }

    @Nested
    class UnknownExpiry {
        @Test
        void aPastedTokenIsUnknownWhateverTheTime() {
            Token pasted = Token.pasted("default", VALUE);
            assertEquals(TokenState.UNKNOWN, pasted.state(Instant.EPOCH));
            assertEquals(TokenState.UNKNOWN, pasted.state(AT_EXPIRY));
            assertEquals(TokenState.UNKNOWN, pasted.state(Instant.parse("2999-01-01T00:00:00Z")));
        }

        @Test
        void hasNoTimeLeftAndNoShareLeft() {
            Token pasted = Token.pasted("default", VALUE);
            assertNull(pasted.timeLeft(EXPIRES_AT));
            assertEquals(-1.0, pasted.fractionLeft(EXPIRES_AT));
        }
    }

    @Nested
    class Revoked {
        @Test
        void revokedWinsOverValid() {
            Token revoked = renewedDaily().revoked(RENEWED_AT.plusSeconds(60));
            assertEquals(TokenState.REVOKED, revoked.state(RENEWED_AT.plusSeconds(61)));
        }

        @Test
        void revokedWinsOverExpiredAndUnknown() {
            assertEquals(TokenState.REVOKED, renewedDaily().revoked(RENEWED_AT).state(atExpiryPlus(Duration.ofDays(2))));
            assertEquals(TokenState.REVOKED, Token.pasted("p", VALUE).revoked(RENEWED_AT).state(AT_EXPIRY));
        }

        @Test
        void revokingKeepsEverythingElse() {
            Token token = renewedDaily();
            Token revoked = token.revoked(RENEWED_AT.plusSeconds(5));
            assertEquals(RENEWED_AT.plusSeconds(5), revoked.revokedAt());
            assertEquals(token.value(), revoked.value());
            assertEquals(token.expiresAt(), revoked.expiresAt());
            assertEquals(token.period(), revoked.period());
            assertEquals(token.label(), revoked.label());
        }
    }

    @Nested
    class TimeAndShareLeft {
        @Test
        void timeLeftIsExactBeforeExpiry() {
            assertEquals(Duration.ofMillis(1), renewedDaily().timeLeft(EXPIRES_AT.minusMillis(1)));
            assertEquals(PERIOD, renewedDaily().timeLeft(RENEWED_AT));
        }

        @Test
        void timeLeftIsNeverNegative() {
            Token token = renewedDaily();
            assertEquals(Duration.ZERO, token.timeLeft(EXPIRES_AT));
            assertEquals(Duration.ZERO, token.timeLeft(EXPIRES_AT.plusMillis(1)));
            assertEquals(Duration.ZERO, token.timeLeft(EXPIRES_AT.plus(Duration.ofDays(3650))));
        }

        @Test
        void shareLeftRunsFromOneToZero() {
            Token token = renewedDaily();
            assertEquals(1.0, token.fractionLeft(RENEWED_AT));
            assertEquals(0.5, token.fractionLeft(RENEWED_AT.plus(PERIOD.dividedBy(2))), 1e-9);
            assertEquals(0.1, token.fractionLeft(EXPIRES_AT.minus(PERIOD.dividedBy(10))), 1e-9);
            assertEquals(0.0, token.fractionLeft(EXPIRES_AT));
        }

        @Test
        void shareLeftStaysWithinZeroAndOne() {
            Token token = renewedDaily();
            // A clock that went back (or an expiry computed on another machine) must not overfill the bar.
            assertEquals(1.0, token.fractionLeft(RENEWED_AT.minus(Duration.ofHours(5))));
            assertEquals(0.0, token.fractionLeft(EXPIRES_AT.plus(Duration.ofHours(5))));
            for (Instant now = RENEWED_AT.minusSeconds(3600); now.isBefore(EXPIRES_AT.plusSeconds(3600)); now = now.plusSeconds(997)) {
                double share = token.fractionLeft(now);
                assertTrue(share >= 0 && share <= 1, "share " + share + " at " + now);
            }
        }
    }

    @Nested
    class Renewal {
        @Test
        void renewedCountsFromTheSendTimeAndTakesSmhsValue() {
            AccessToken fresh = AccessToken.of("acctk-fresh-value-0123456789");
            Token renewed = Token.pasted("ci", VALUE).renewed(new IssuedToken(fresh, Duration.ofSeconds(3600)), RENEWED_AT);
            assertEquals(fresh, renewed.value());
            assertEquals(RENEWED_AT.plusSeconds(3600), renewed.expiresAt());
            assertEquals(RENEWED_AT, renewed.renewedAt());
            assertEquals(Duration.ofSeconds(3600), renewed.period());
            assertEquals("ci", renewed.label());
        }

        @Test
        void renewingKeepsHowTheTokenWasGenerated() {
            GenerateOptions origin = new GenerateOptions(Duration.ofHours(2), "admin", "u1", null, null);
            Token generated = Token.generated("g", new IssuedToken(VALUE, Duration.ofHours(2)), RENEWED_AT, origin);
            Token renewed = generated.renewed(new IssuedToken(VALUE, Duration.ofHours(2)), RENEWED_AT.plusSeconds(60));
            assertEquals(origin, renewed.origin());
            assertEquals(RENEWED_AT.plusSeconds(60).plus(Duration.ofHours(2)), renewed.expiresAt());
        }
    }
}
