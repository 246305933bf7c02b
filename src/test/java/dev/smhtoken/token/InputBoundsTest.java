package dev.smhtoken.token;

import static dev.smhtoken.token.LibraryAddressTest.assertTellsWhatToDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value that comes in from the user, a file or a server is bounded to what SMH uses and holds
 * nothing unprintable; a message about a bad value never quotes more than a short, escaped excerpt.
 * What the vault already holds is read as before, so that a vault saved by an earlier version opens.
 */
class InputBoundsTest {
    private static final String ESC = "\u001b";
    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    private static String refusal(Executable input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, input);
        assertTellsWhatToDo(e.getMessage());
        assertTrue(e.getMessage().length() < 300, "a message of " + e.getMessage().length() + " characters");
        assertFalse(e.getMessage().contains(ESC), "a raw escape in the message: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void libraryIdsAreAtMost64CharactersAndHugeOnesAreNotEchoed() {
        assertEquals("a".repeat(64), LibraryAddress.of("a".repeat(64), "https://api.tencentsmh.cn").libraryId());
        assertTrue(refusal(() -> LibraryAddress.of("a".repeat(65), "https://api.tencentsmh.cn"))
                .startsWith("The LibraryId is 65 characters long, more than the 64 any LibraryId has"));
        refusal(() -> LibraryAddress.of(MEGABYTE, null));
        String message = refusal(() -> LibraryAddress.of("smh" + ESC + "[2J", "https://api.tencentsmh.cn"));
        assertTrue(message.contains("\"smh\\u001B[2J\""), message);
        // A huge host: the message quotes an excerpt, not the whole value.
        String host = refusal(() -> LibraryAddress.of("smh1", "ftp://" + "h".repeat(900) + ".cn"));
        assertTrue(host.contains("\"ftp://hhh") && host.contains("…"), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void dotAndDotDotAreNoLibraryIds(String id) {
        String message = refusal(() -> LibraryAddress.of(id, "https://api.tencentsmh.cn"));
        assertTrue(message.startsWith("The LibraryId \"" + id + "\" is not a name a library can have"), message);
        assertThrows(InvalidInputException.class, () -> new LibraryAddress(id, URI.create("https://api.tencentsmh.cn")));
        // Dots inside an id are fine: the gateway percent-encodes them in the path.
        assertEquals("a..b", LibraryAddress.of("a..b", "https://api.tencentsmh.cn").libraryId());
    }

    @Test
    void hostsAreBoundedAndMessagesQuoteThemShortAndEscaped() {
        assertTrue(refusal(() -> LibraryAddress.of("smh1", "https://" + MEGABYTE + ".cn"))
                .startsWith("The host is 1,048,587 characters long, more than 1,024"));
        String escaped = refusal(() -> LibraryAddress.of("smh1", "https://evil" + ESC + "[2J.example.com"));
        assertTrue(escaped.contains("\\u001B[2J"), escaped);
    }

    @Test
    void tokensAreAtMostFourKibibytesWithoutControlCharacters() {
        assertEquals(4096, AccessToken.of("t".repeat(4096)).reveal().length());
        assertTrue(refusal(() -> AccessToken.of("t".repeat(4097)))
                .startsWith("The access token is 4,097 characters long, more than any SMH token (4,096 at most)"));
        assertFalse(refusal(() -> AccessToken.of(MEGABYTE)).contains("xxxx"));
        for (String hostile : List.of("acctk" + ESC + "[2Jabc", "acctk\u009b31mabc", "acctk\u007fabc", "acctk\u202eabc")) {
            assertEquals("The access token contains control characters: paste it exactly as SMH gave it.",
                    refusal(() -> AccessToken.of(hostile)));
        }
        // Non-ASCII letters are not control characters: a token is sent percent-encoded whatever it holds.
        assertEquals("tok€n", AccessToken.of("tok€n").reveal());
    }

    @Test
    void namesAndLabelsFromTheUserAreBoundedAndPrintable() {
        assertEquals("n".repeat(128), Library.of("smh1", "n".repeat(128), null).name());
        assertTrue(refusal(() -> Library.of("smh1", "n".repeat(129), null))
                .startsWith("The library name is not allowed: use at most 128 characters"));
        refusal(() -> Library.of("smh1", "Marketing" + ESC + "[2J", null));
        refusal(() -> Library.of("smh1", "Mark\teting", null));
        Library saved = Library.of("smh1", "Marketing", null);
        refusal(() -> saved.withDetails(saved.address(), "forged\nrow"));

        assertTrue(refusal(() -> Token.requireNewLabel("up" + ESC + "[31mloads"))
                .startsWith("The token label \"up\\u001B[31mloads\" contains control characters"));
        refusal(() -> Token.requireNewLabel("l".repeat(65)));
        assertEquals("uploads", Token.requireNewLabel(" uploads "));
    }

    @Test
    void generateOptionsAreBoundedWhenTheyComeIn() {
        GenerateOptions fine = new GenerateOptions(null, "upload_file", "u".repeat(256), "client", "space");
        assertEquals(fine, fine.checked());
        assertTrue(refusal(() -> new GenerateOptions(null, null, "u".repeat(257), null, null).checked())
                .startsWith("The user_id value is not allowed: use at most 256 characters"));
        refusal(() -> new GenerateOptions(null, "g".repeat(2049), null, null, null).checked());
        refusal(() -> new GenerateOptions(null, null, null, "c" + ESC, null).checked());
    }

    @Test
    void whatAVaultAlreadyHoldsIsReadAsBefore() {
        // An earlier version accepted these; reading them must not make the vault unopenable.
        AccessToken legacy = AccessToken.saved("acctk" + ESC + "[2Jabc");
        Library library = new Library(LibraryAddress.of("smh1", null), "Name" + ESC + "[2J",
                List.of(new Token("la\tbel", legacy, null, null, null,
                        new GenerateOptions(null, null, "u" + ESC, null, null), null)));
        assertEquals("Name" + ESC + "[2J", library.name());
        assertEquals("la\tbel", library.tokens().get(0).label());
    }

    @Test
    void excerptsAreShortAndEscaped() {
        assertEquals("abc", Printable.excerpt("abc"));
        assertEquals("a".repeat(64) + "…", Printable.excerpt("a".repeat(65)));
        assertEquals("a\\u001B[2Jb\\u0085c\\u202E", Printable.escaped("a" + ESC + "[2Jb\u0085c\u202e"));
        assertEquals("中文名称 ✓", Printable.escaped("中文名称 ✓"));
    }
}
