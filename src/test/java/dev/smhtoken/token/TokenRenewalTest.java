package dev.smhtoken.token;

import dev.smhtoken.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenRenewalTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final AccessToken OLD = AccessToken.of("acctk-old-0123456789abcdef");
    private static final AccessToken NEW = AccessToken.of("acctk-new-fedcba9876543210");
    private static final TokenRef REF = new TokenRef("smh1", "ci");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryVaultStore store = new InMemoryVaultStore();
    private final RecordingSmhGateway smh = new RecordingSmhGateway();
    private final LibraryCatalog catalog = new LibraryCatalog(store);
    private final TokenRenewal renewal = new TokenRenewal(smh, store, clock);
    private Token saved;

    @BeforeEach
    void saveALibraryWithTwoTokens() {
        Instant earlier = T0.minus(Duration.ofHours(20));
        saved = Token.pasted("ci", OLD).renewed(new IssuedToken(OLD, Duration.ofHours(24)), earlier);
        Token other = Token.pasted("other", AccessToken.of("acctk-other-token-value")).renewed(
                new IssuedToken(AccessToken.of("acctk-other-token-value"), Duration.ofHours(24)), earlier);
        catalog.addLibrary("smh1", "Photos", "http://127.0.0.1:8089");
        catalog.addLibrary("smh2", "Videos", null);
        store.update(vault -> vault.withToken("smh1", saved).withToken("smh1", other));
    }

    @Test
    void expiryCountsFromTheMomentTheRequestWasSentNotAnswered() {
        smh.answer(new IssuedToken(OLD, Duration.ofSeconds(3600))).whileInFlight(() -> clock.advance(Duration.ofSeconds(7)));

        Token renewed = renewal.renew(REF);

        assertEquals(T0.plusSeconds(7), clock.instant(), "the test gateway should have moved the clock");
        assertEquals(T0.plusSeconds(3600), renewed.expiresAt());
        assertEquals(T0, renewed.renewedAt());
        assertEquals(Duration.ofSeconds(3600), renewed.period());
        assertEquals(renewed, store.load().token(REF).orElseThrow());
    }

    @Test
    void sendsTheSavedTokenToItsLibrarysHostOnce() {
        smh.answer(new IssuedToken(OLD, Duration.ofHours(24)));

        renewal.renew(REF);

        assertEquals(1, smh.calls().size());
        RecordingSmhGateway.Call call = smh.calls().get(0);
        assertEquals("renew", call.operation());
        assertEquals(OLD, call.token());
        assertEquals(LibraryAddress.of("smh1", "http://127.0.0.1:8089"), call.library());
    }

    @Test
    void storesTheValueSmhReturnedEvenWhenItDiffers() {
        smh.answer(new IssuedToken(NEW, Duration.ofHours(24)));

        Token renewed = renewal.renew(REF);

        assertEquals(NEW, renewed.value());
        assertEquals(NEW, store.load().token(REF).orElseThrow().value());
        assertEquals("ci", renewed.label());
    }

    @Test
    void leavesOtherTokensAndLibrariesAlone() {
        Vault before = store.load();
        smh.answer(new IssuedToken(NEW, Duration.ofHours(24)));

        renewal.renew(REF);

        Vault after = store.load();
        assertEquals(before.library("smh2"), after.library("smh2"));
        assertEquals(before.token(new TokenRef("smh1", "other")), after.token(new TokenRef("smh1", "other")));
        assertEquals(before.tokenCount(), after.tokenCount());
        assertEquals("ci", after.library("smh1").orElseThrow().tokens().get(0).label(), "order kept");
    }

    @Test
    void aRejectionChangesNothing() {
        Vault before = store.load();
        int saves = store.saves();
        SmhException failure = RecordingSmhGateway.rejected("InvalidAccessToken");
        smh.fail(failure).whileInFlight(() -> clock.advance(Duration.ofSeconds(2)));

        SmhException thrown = assertThrows(SmhException.class, () -> renewal.renew(REF));

        assertSame(failure, thrown);
        assertEquals(before, store.load());
        assertEquals(saves, store.saves(), "a failed renew must not write the vault");
        assertEquals(saved, store.load().token(REF).orElseThrow());
    }

    @Test
    void aNetworkFailureChangesNothing() {
        Vault before = store.load();
        smh.fail(new SmhException(SmhException.Kind.NETWORK, 0, null, null, null,
                UserText.of("error.smh.connectionBroke", "smh1.example", ""), null));

        assertThrows(SmhException.class, () -> renewal.renew(REF));

        assertEquals(before, store.load());
    }

    @Test
    void aRevokedTokenIsRefusedWithoutCallingSmh() {
        store.update(vault -> vault.withToken("smh1", saved.revoked(T0.minusSeconds(60))));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> renewal.renew(REF));

        assertEquals("The token smh1/ci was revoked: generate a new token.", e.getMessage());
        assertTrue(smh.calls().isEmpty());
    }

    @Test
    void aTokenRemovedDuringTheCallIsNotAddedBack() {
        smh.answer(new IssuedToken(NEW, Duration.ofHours(24))).whileInFlight(() -> catalog.removeToken(REF));

        renewal.renew(REF);

        assertEquals(Optional.empty(), store.load().token(REF));
        assertEquals(1, store.load().library("smh1").orElseThrow().tokens().size());
    }

    @Test
    void aLibraryRemovedDuringTheCallIsNotAddedBack() {
        smh.answer(new IssuedToken(NEW, Duration.ofHours(24))).whileInFlight(() -> catalog.removeLibrary("smh1"));

        renewal.renew(REF);

        assertEquals(Optional.empty(), store.load().library("smh1"));
    }

    @Test
    void aTokenRevokedDuringTheCallStaysRevoked() {
        Instant revokedAt = T0.plusSeconds(1);
        smh.answer(new IssuedToken(OLD, Duration.ofHours(24)))
                .whileInFlight(() -> store.update(vault -> vault.withToken("smh1", saved.revoked(revokedAt))));

        renewal.renew(REF);

        assertEquals(revokedAt, store.load().token(REF).orElseThrow().revokedAt());
    }

    @Test
    void aTokenReplacedUnderTheSameLabelDuringTheCallIsKept() {
        Token replacement = Token.pasted("ci", AccessToken.of("acctk-pasted-meanwhile-42"));
        smh.answer(new IssuedToken(OLD, Duration.ofHours(24)))
                .whileInFlight(() -> store.update(vault -> vault.withToken("smh1", replacement)));

        renewal.renew(REF);

        assertEquals(replacement, store.load().token(REF).orElseThrow());
    }

    @Test
    void anUnknownTokenOrLibraryIsRefusedWithoutCallingSmh() {
        InvalidInputException noToken = assertThrows(InvalidInputException.class,
                () -> renewal.renew(new TokenRef("smh1", "nope")));
        assertEquals("There is no saved token smh1/nope (it may have been removed).", noToken.getMessage());
        InvalidInputException noLibrary = assertThrows(InvalidInputException.class,
                () -> renewal.renew(new TokenRef("smh9", "ci")));
        assertTrue(noLibrary.getMessage().contains("add it first"), noLibrary.getMessage());
        assertTrue(smh.calls().isEmpty());
    }

    @Test
    void aGeneratedTokenKeepsItsOriginAcrossRenewals() {
        GenerateOptions origin = new GenerateOptions(Duration.ofHours(2), "admin", "alice", null, null);
        Token generated = Token.generated("gen", new IssuedToken(OLD, Duration.ofHours(2)), T0.minusSeconds(600), origin);
        store.update(vault -> vault.withToken("smh2", generated));
        smh.answer(new IssuedToken(OLD, Duration.ofHours(2)));

        Token renewed = renewal.renew(new TokenRef("smh2", "gen"));

        assertEquals(origin, renewed.origin());
        assertNull(renewed.revokedAt());
        assertEquals(T0.plus(Duration.ofHours(2)), renewed.expiresAt());
    }

    @Test
    void anExpiredTokenIsStillSentSoSmhDecides() {
        clock.advance(Duration.ofDays(2));
        assertEquals(TokenState.EXPIRED, saved.state(clock));
        smh.fail(RecordingSmhGateway.rejected("InvalidAccessToken"));

        SmhException e = assertThrows(SmhException.class, () -> renewal.renew(REF));

        assertTrue(e.tokenIsDead());
        assertEquals(saved, store.load().token(REF).orElseThrow());
    }
}
