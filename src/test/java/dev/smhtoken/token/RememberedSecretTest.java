package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A library that remembers its secret: generating and replacing without one, the catalog keeping,
 * replacing and forgetting it, and the secret never wiped or shown by the calls that use it.
 */
class RememberedSecretTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String REMEMBERED_SECRET = "remembered-secret-7c1e0b";
    private static final String NEWER_SECRET = "newer-library-secret-55aa";
    private static final TokenRef REF = new TokenRef("smh1", "ci");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryVaultStore store = new InMemoryVaultStore();
    private final RecordingSmhGateway smh = new RecordingSmhGateway();
    private final LibraryCatalog catalog = new LibraryCatalog(store);
    private final TokenIssuance issuance = new TokenIssuance(smh, store, clock);
    private final TokenReplacement replacement = new TokenReplacement(smh, store, clock);

    private static LibrarySecret secret(String text) {
        return LibrarySecret.wrap(text.toCharArray());
    }

    private static IssuedToken issued(String value) {
        return new IssuedToken(AccessToken.of(value), Duration.ofHours(1));
    }

    private void addRemembering() {
        try (LibrarySecret typed = secret(REMEMBERED_SECRET)) {
            catalog.addLibrary("smh1", "Photos", "http://localhost:8089", typed);
        }
    }

    @Test
    void aLibraryRemembersNothingUnlessAsked() {
        catalog.addLibrary("smh1", "Photos", "http://localhost:8089");
        assertFalse(store.load().library("smh1").orElseThrow().remembersSecret());
        assertNull(Library.of("smh2", null, null).rememberedSecret());
    }

    @Test
    void theCatalogKeepsItsOwnCopySoTheCallerMayWipeTheOneItTyped() {
        addRemembering(); // closes the typed secret
        Library saved = store.load().library("smh1").orElseThrow();
        assertTrue(saved.remembersSecret());
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(), saved.rememberedSecret().copyChars());
    }

    @Test
    void generatingWithoutASecretUsesTheRememberedOneAndLeavesItIntact() {
        addRemembering();
        smh.answer(issued("acctk-first-0123456789")).answer(issued("acctk-second-0123456789"));

        issuance.generate("smh1", "ci", null, null);
        issuance.generate("smh1", "second", null, null);

        assertEquals(2, smh.calls().size());
        for (RecordingSmhGateway.Call call : smh.calls()) {
            assertArrayEquals(REMEMBERED_SECRET.toCharArray(), call.secret(), "the second call found it wiped");
        }
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(),
                store.load().library("smh1").orElseThrow().rememberedSecret().copyChars());
    }

    @Test
    void aSecretGivenForTheCallWinsOverTheRememberedOne() {
        addRemembering();
        smh.answer(issued("acctk-first-0123456789"));
        try (LibrarySecret typed = secret(NEWER_SECRET)) {
            issuance.generate("smh1", "ci", typed, null);
        }
        assertArrayEquals(NEWER_SECRET.toCharArray(), smh.calls().get(0).secret());
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(),
                store.load().library("smh1").orElseThrow().rememberedSecret().copyChars(), "a typed secret is not remembered");
    }

    @Test
    void aDeadTokenIsReplacedWithTheRememberedSecret() {
        addRemembering();
        store.update(v -> v.withToken("smh1", new Token("ci", AccessToken.of("acctk-dead-0123456789"),
                T0.minusSeconds(60), null, Duration.ofHours(2), new GenerateOptions(null, "upload_file", null, null, null),
                null)));
        smh.answer(issued("acctk-fresh-0123456789"));

        Token fresh = replacement.replace(REF, null);

        assertEquals("acctk-fresh-0123456789", fresh.value().reveal());
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(), smh.calls().get(0).secret());
        assertEquals("upload_file", smh.calls().get(0).options().grant());
        assertTrue(store.load().library("smh1").orElseThrow().remembersSecret(), "the token update kept the secret");
    }

    @Test
    void aRefusedRememberedSecretSaysItWasTheRememberedOneAndChangesNothing() {
        addRemembering();
        Vault before = store.load();
        smh.fail(new SmhException(SmhException.Kind.REJECTED, 404, "WrongLibraryIdOrSecret", "wrong", "req-2",
                UserText.of("error.smh.rejectedCode", "WrongLibraryIdOrSecret", "check the secret", ""), null));

        SmhException e = assertThrows(SmhException.class, () -> issuance.generate("smh1", "ci", null, null));

        assertEquals("WrongLibraryIdOrSecret", e.code());
        assertEquals(404, e.httpStatus());
        assertTrue(e.getMessage().startsWith("WrongLibraryIdOrSecret: SMH refused the library secret remembered in the"
                + " vault for Photos (HTTP 404)."), e.getMessage());
        assertFalse(e.getMessage().contains(REMEMBERED_SECRET));
        assertEquals(before, store.load());
    }

    @Test
    void withoutARememberedSecretNoneIsSentAndNothingChanges() {
        catalog.addLibrary("smh1", "Photos", "http://localhost:8089");
        Vault before = store.load();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> issuance.generate("smh1", "ci", null, null));
        assertTrue(e.getMessage().contains("keeps no library secret"), e.getMessage());
        assertTrue(smh.calls().isEmpty());
        assertEquals(before, store.load());
    }

    @Test
    void anEditKeepsReplacesOrForgetsTheSecret() {
        addRemembering();
        catalog.editLibrary("smh1", "Renamed", "http://localhost:8089");
        assertTrue(store.load().library("smh1").orElseThrow().remembersSecret(), "a plain edit keeps it");

        catalog.editLibrary("smh1", "Renamed", "http://localhost:8089", true, null);
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(),
                store.load().library("smh1").orElseThrow().rememberedSecret().copyChars(), "no new secret keeps the old");

        try (LibrarySecret typed = secret(NEWER_SECRET)) {
            catalog.editLibrary("smh1", "Renamed", "http://localhost:8089", true, typed);
        }
        assertArrayEquals(NEWER_SECRET.toCharArray(),
                store.load().library("smh1").orElseThrow().rememberedSecret().copyChars());

        Library forgotten = catalog.editLibrary("smh1", "Renamed", "http://localhost:8089", false, null);
        assertFalse(forgotten.remembersSecret());
        assertFalse(store.load().library("smh1").orElseThrow().remembersSecret());
    }

    @Test
    void rememberingWithoutASecretIsRefusedAndChangesNothing() {
        catalog.addLibrary("smh1", "Photos", "http://localhost:8089");
        Vault before = store.load();
        assertThrows(InvalidInputException.class,
                () -> catalog.editLibrary("smh1", "Renamed", "http://localhost:8089", true, null));
        assertEquals(before, store.load());
    }

    @Test
    void tokenChangesAndEditsKeepTheSecret() {
        Library library = Library.of("smh1", "Photos", null).withRememberedSecret(secret(REMEMBERED_SECRET));
        Token token = Token.pasted("ci", AccessToken.of("acctk-pasted-0123456789"));
        assertTrue(library.withToken(token).remembersSecret());
        assertTrue(library.withToken(token).withoutToken("ci").remembersSecret());
        assertTrue(library.withDetails(LibraryAddress.of("smh1", "https://other.example"), "New").remembersSecret());
        assertFalse(library.withRememberedSecret(null).remembersSecret());
    }

    @Test
    void librariesCompareTheirSecretsByValueAndPrintNoneOfIt() {
        Library a = Library.of("smh1", "Photos", null).withRememberedSecret(secret(REMEMBERED_SECRET));
        Library same = Library.of("smh1", "Photos", null).withRememberedSecret(secret(REMEMBERED_SECRET));
        Library other = Library.of("smh1", "Photos", null).withRememberedSecret(secret(NEWER_SECRET));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, other);
        assertNotEquals(a, a.withRememberedSecret(null));
        assertEquals(secret(REMEMBERED_SECRET).hashCode(), secret(NEWER_SECRET).hashCode(),
                "the hash code tells nothing of the secret");

        for (Object printed : List.of(a, new Vault(List.of(a)), a.rememberedSecret())) {
            String text = String.valueOf(printed);
            assertFalse(text.contains(REMEMBERED_SECRET) || text.contains("7c1e0b"), "secret shown in " + text);
        }
    }
}
