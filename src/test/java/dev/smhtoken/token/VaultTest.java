package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The immutable vault and library values the use cases change by copy. */
class VaultTest {
    private final Token a = Token.pasted("a", AccessToken.of("acctk-a-0123456789"));
    private final Token b = Token.pasted("b", AccessToken.of("acctk-b-0123456789"));

    @Test
    void libraryIdsAreUnique() {
        Library one = Library.of("smh1", null, null);
        assertThrows(IllegalArgumentException.class, () -> new Vault(List.of(one, Library.of("smh1", "again", null))));
    }

    @Test
    void withLibraryReplacesInPlaceOrAppends() {
        Vault vault = new Vault(List.of(Library.of("x", null, null), Library.of("y", null, null)));
        Library renamed = Library.of("x", "Renamed", null);

        assertEquals(List.of(renamed, vault.libraries().get(1)), vault.withLibrary(renamed).libraries());
        assertEquals("z", vault.withLibrary(Library.of("z", null, null)).libraries().get(2).id());
    }

    @Test
    void withTokenReplacesByLabelAndIgnoresAnUnknownLibrary() {
        Vault vault = new Vault(List.of(Library.of("smh1", null, null))).withToken("smh1", a).withToken("smh1", b);
        Token newA = Token.pasted("a", AccessToken.of("acctk-a-renewed-99"));

        Vault updated = vault.withToken("smh1", newA);

        assertEquals(List.of(newA, b), updated.library("smh1").orElseThrow().tokens());
        assertEquals(2, updated.tokenCount());
        assertSame(vault, vault.withToken("smh9", a));
        assertSame(vault, vault.withoutToken(new TokenRef("smh9", "a")));
    }

    @Test
    void tokenLooksUpByLibraryAndLabel() {
        Vault vault = new Vault(List.of(Library.of("smh1", null, null))).withToken("smh1", a);
        assertEquals(Optional.of(a), vault.token(new TokenRef("smh1", "a")));
        assertEquals(Optional.empty(), vault.token(new TokenRef("smh1", "b")));
        assertEquals(Optional.empty(), vault.token(new TokenRef("smh2", "a")));
    }

    @Test
    void valuesCannotBeChangedThroughTheListsTheyWereMadeFrom() {
        List<Token> tokens = new ArrayList<>(List.of(a));
        Library library = new Library(LibraryAddress.of("smh1", null), null, tokens);
        tokens.add(b);

        assertEquals(List.of(a), library.tokens());
        assertThrows(UnsupportedOperationException.class, () -> library.tokens().add(b));
        assertThrows(UnsupportedOperationException.class, () -> Vault.EMPTY.libraries().add(library));
    }
}
