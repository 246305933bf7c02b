package dev.smhtoken.token;

import dev.smhtoken.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenRevocationTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final AccessToken VALUE = AccessToken.of("acctk-to-revoke-0123456789");
    private static final TokenRef REF = new TokenRef("smh1", "ci");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryVaultStore store = new InMemoryVaultStore();
    private final RecordingSmhGateway smh = new RecordingSmhGateway();
    private final LibraryCatalog catalog = new LibraryCatalog(store);
    private final TokenRevocation revocation = new TokenRevocation(smh, store, clock);
    private Token saved;

    @BeforeEach
    void saveAToken() {
        saved = Token.pasted("ci", VALUE).renewed(new IssuedToken(VALUE, Duration.ofHours(24)), T0.minusSeconds(60));
        catalog.addLibrary("smh1", null, null);
        store.update(vault -> vault.withToken("smh1", saved));
    }

    @Test
    void marksTheTokenRevokedAndKeepsIt() {
        smh.answerNothing().whileInFlight(() -> clock.advance(Duration.ofSeconds(2)));

        Token revoked = revocation.revoke(REF);

        assertEquals(T0.plusSeconds(2), revoked.revokedAt(), "revoked once SMH confirmed it");
        assertEquals(TokenState.REVOKED, revoked.state(clock));
        assertEquals(Optional.of(revoked), store.load().token(REF));
        assertEquals(saved.value(), revoked.value());
        assertEquals(saved.expiresAt(), revoked.expiresAt());
        assertEquals(1, smh.calls().size());
        assertEquals("revoke", smh.calls().get(0).operation());
        assertEquals(VALUE, smh.calls().get(0).token());
        assertEquals(LibraryAddress.defaultHost("smh1"), smh.calls().get(0).library().host());
    }

    @Test
    void aFailureChangesNothing() {
        Vault before = store.load();
        int saves = store.saves();
        smh.fail(RecordingSmhGateway.rejected("InvalidAccessToken"));

        assertThrows(SmhException.class, () -> revocation.revoke(REF));

        assertEquals(before, store.load());
        assertEquals(saves, store.saves());
    }

    @Test
    void anUnknownTokenIsRefusedWithoutCallingSmh() {
        assertThrows(InvalidInputException.class, () -> revocation.revoke(new TokenRef("smh1", "nope")));
        assertThrows(InvalidInputException.class, () -> revocation.revoke(new TokenRef("smh2", "ci")));
        assertTrue(smh.calls().isEmpty());
    }

    @Test
    void aTokenRemovedDuringTheCallIsNotAddedBack() {
        smh.answerNothing().whileInFlight(() -> catalog.removeToken(REF));

        revocation.revoke(REF);

        assertEquals(Optional.empty(), store.load().token(REF));
        assertTrue(store.load().library("smh1").orElseThrow().tokens().isEmpty());
    }
}
