package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryCatalogTest {
    private final InMemoryVaultStore store = new InMemoryVaultStore();
    private final LibraryCatalog catalog = new LibraryCatalog(store);
    private final AccessToken value = AccessToken.of("acctk-catalog-0123456789");

    private Token savedToken(String libraryId, String label) {
        Token token = Token.pasted(label, value).renewed(new IssuedToken(value, Duration.ofHours(24)),
                Instant.parse("2026-03-01T08:00:00Z"));
        store.update(vault -> vault.withToken(libraryId, token));
        return token;
    }

    @Test
    void startsEmpty() {
        assertEquals(Vault.EMPTY, catalog.load());
    }

    @Test
    void addSavesTheLibraryWithItsDefaults() {
        Library added = catalog.addLibrary(" smh1 ", "  ", "");

        assertEquals("smh1", added.id());
        assertEquals("smh1", added.name(), "no name given: the LibraryId is shown");
        assertEquals(URI.create("https://smh1.api.tencentsmh.cn"), added.host());
        assertEquals(List.of(added), catalog.load().libraries());
    }

    @Test
    void addKeepsTheUsersOrder() {
        catalog.addLibrary("b", "B", null);
        catalog.addLibrary("a", "A", null);
        catalog.addLibrary("c", "C", null);

        assertEquals(List.of("b", "a", "c"), catalog.load().libraries().stream().map(Library::id).toList());
    }

    @Test
    void addingASavedLibraryAgainIsRefused() {
        catalog.addLibrary("smh1", "Photos", null);
        Vault before = store.load();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> catalog.addLibrary("smh1", "Other", "https://api.tencentsmh.cn"));

        assertEquals("The library smh1 is already saved: select it to add another token.", e.getMessage());
        assertEquals(before, store.load());
    }

    @Test
    void badInputSavesNothing() {
        int saves = store.saves();
        assertThrows(InvalidInputException.class, () -> catalog.addLibrary("", "x", null));
        assertThrows(InvalidInputException.class, () -> catalog.addLibrary("smh1", "x", "http://api.tencentsmh.cn"));
        assertEquals(saves, store.saves());
        assertEquals(Vault.EMPTY, store.load());
    }

    @Test
    void editChangesNameAndHostAndKeepsTokensAndPlace() {
        catalog.addLibrary("first", null, null);
        catalog.addLibrary("smh1", "Photos", null);
        catalog.addLibrary("last", null, null);
        Token a = savedToken("smh1", "a");
        Token b = savedToken("smh1", "b");

        Library edited = catalog.editLibrary("smh1", "Holiday photos", "http://127.0.0.1:8089/");

        assertEquals("Holiday photos", edited.name());
        assertEquals(URI.create("http://127.0.0.1:8089"), edited.host());
        assertEquals(List.of(a, b), edited.tokens());
        assertEquals(Optional.of(edited), store.load().library("smh1"));
        assertEquals(List.of("first", "smh1", "last"), store.load().libraries().stream().map(Library::id).toList());
    }

    @Test
    void editWithABlankHostGoesBackToTheDefaultHost() {
        catalog.addLibrary("smh1", "Photos", "https://proxy.example.com");

        assertEquals(LibraryAddress.defaultHost("smh1"), catalog.editLibrary("smh1", "Photos", " ").host());
    }

    @Test
    void editCannotChangeTheLibraryId() {
        Library library = catalog.addLibrary("smh1", "Photos", null);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> library.withDetails(LibraryAddress.of("smh2", null), "Photos"));

        assertTrue(e.getMessage().contains("cannot change"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Add a new library instead."), e.getMessage());
    }

    @Test
    void editOfAnUnknownLibraryOrToABadHostChangesNothing() {
        catalog.addLibrary("smh1", "Photos", null);
        Vault before = store.load();

        assertThrows(InvalidInputException.class, () -> catalog.editLibrary("smh9", "x", null));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> catalog.editLibrary("smh1", "x", "http://api.tencentsmh.cn"));

        assertTrue(e.getMessage().startsWith("SMH is served over HTTPS only"), e.getMessage());
        assertEquals(before, store.load());
    }

    @Test
    void removeForgetsTheLibraryAndItsTokens() {
        catalog.addLibrary("smh1", null, null);
        catalog.addLibrary("smh2", null, null);
        savedToken("smh1", "a");

        catalog.removeLibrary("smh1");

        assertEquals(List.of("smh2"), store.load().libraries().stream().map(Library::id).toList());
        assertEquals(0, store.load().tokenCount());
    }

    @Test
    void removingAnUnknownLibraryOrTokenIsHarmless() {
        catalog.addLibrary("smh1", null, null);
        Vault before = store.load();

        catalog.removeLibrary("smh9");
        catalog.removeToken(new TokenRef("smh1", "nope"));
        catalog.removeToken(new TokenRef("smh9", "a"));

        assertEquals(before, store.load());
    }

    @Test
    void removeTokenForgetsOnlyThatToken() {
        catalog.addLibrary("smh1", null, null);
        savedToken("smh1", "a");
        Token b = savedToken("smh1", "b");

        catalog.removeToken(new TokenRef("smh1", "a"));

        assertEquals(List.of(b), store.load().library("smh1").orElseThrow().tokens());
    }

    @Test
    void putAllAddsNewAndReplacesSavedLibraries() {
        catalog.addLibrary("smh1", "Old name", null);
        Library replacement = Library.of("smh1", "New name", null);
        Library added = Library.of("smh2", "Videos", null);

        catalog.putAll(List.of(replacement, added));

        assertEquals(List.of(replacement, added), store.load().libraries());
    }
}
