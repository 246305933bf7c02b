package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LibraryAddressTest {
    private static final String ID = "smh1a2b3c4d5e6f7";

    private static InvalidInputException refused(String libraryId, String host) {
        return assertThrows(InvalidInputException.class, () -> LibraryAddress.of(libraryId, host));
    }

    /** A user-facing message is a sentence that names the problem and then says what to do. */
    static void assertTellsWhatToDo(String message) {
        assertTrue(message.contains(":"), "no remedy after a colon: " + message);
        assertTrue(message.endsWith("."), "not a sentence: " + message);
        assertTrue(Character.isUpperCase(message.charAt(0)), "not a sentence: " + message);
    }

    @Test
    void blankHostMeansTheLibrarysOwnDomain() {
        assertEquals(URI.create("https://smh1a2b3c4d5e6f7.api.tencentsmh.cn"), LibraryAddress.of(ID, "").host());
        assertEquals(URI.create("https://smh1a2b3c4d5e6f7.api.tencentsmh.cn"), LibraryAddress.of(ID, null).host());
        assertEquals(URI.create("https://smh1a2b3c4d5e6f7.api.tencentsmh.cn"), LibraryAddress.of(ID, "   ").host());
    }

    @Test
    void defaultHostIsLowerCase() {
        assertEquals(URI.create("https://smhabc.api.tencentsmh.cn"), LibraryAddress.defaultHost("SMHabc"));
    }

    @Test
    void libraryIdIsTrimmed() {
        assertEquals(ID, LibraryAddress.of("  " + ID + "\t", null).libraryId());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankLibraryIdIsRefused(String libraryId) {
        InvalidInputException e = refused(libraryId, null);
        assertEquals("The LibraryId is empty: copy it from the SMH console.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"smh 1", "smh/1", "smh1/../x", "smh\u00001"})
    void libraryIdWithSpaceSlashOrControlIsRefused(String libraryId) {
        InvalidInputException e = refused(libraryId, "https://example.api.tencentsmh.cn");
        assertTrue(e.getMessage().contains("copy it exactly from the SMH console"), e.getMessage());
        assertTellsWhatToDo(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"smh_1", "a@b", "a%b", "a:b", "a?b", "-smh"})
    void libraryIdThatCannotBeAHostNameNeedsAHost(String libraryId) {
        InvalidInputException e = refused(libraryId, null);
        assertTrue(e.getMessage().contains("enter the library's host"), e.getMessage());
        assertTellsWhatToDo(e.getMessage());
        // With the host given, such an id is fine: it is only ever sent percent-encoded in a path.
        assertEquals(libraryId, LibraryAddress.of(libraryId, "https://api.tencentsmh.cn").libraryId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.api.tencentsmh.cn", "HTTP://api.tencentsmh.cn", "http://192.168.1.10:8080",
            "http://127.0.0.2", "http://localhost.example.com", "http://10.0.0.1"})
    void plainHttpToAnotherMachineIsRefused(String host) {
        InvalidInputException e = refused(ID, host);
        assertTrue(e.getMessage().startsWith("SMH is served over HTTPS only: change"), e.getMessage());
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
        assertTellsWhatToDo(e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:8089, http://127.0.0.1:8089",
            "http://localhost, http://localhost",
            "http://localhost:8080/, http://localhost:8080",
            "http://LOCALHOST:1234, http://LOCALHOST:1234",
            "http://[::1]:9000, http://[::1]:9000",
            "https://127.0.0.1:8443, https://127.0.0.1:8443"})
    void plainHttpToThisMachineIsAllowed(String host, String expected) {
        assertEquals(URI.create(expected), LibraryAddress.of(ID, host).host());
    }

    @ParameterizedTest
    @CsvSource({
            "example.api.tencentsmh.cn, https://example.api.tencentsmh.cn",
            "api.tencentsmh.cn:8443, https://api.tencentsmh.cn:8443",
            "localhost:8080, https://localhost:8080",
            "'  api.tencentsmh.cn  ', https://api.tencentsmh.cn"})
    void hostWithoutSchemeGetsHttps(String host, String expected) {
        assertEquals(URI.create(expected), LibraryAddress.of(ID, host).host());
    }

    @ParameterizedTest
    @CsvSource({
            "https://api.tencentsmh.cn/, https://api.tencentsmh.cn",
            "https://api.tencentsmh.cn, https://api.tencentsmh.cn",
            "HTTPS://api.tencentsmh.cn/, https://api.tencentsmh.cn",
            "https://proxy.example.com/smh/, https://proxy.example.com/smh",
            "https://proxy.example.com/a%20b/, https://proxy.example.com/a%20b"})
    void trailingSlashIsDroppedAndTheRestKept(String host, String expected) {
        assertEquals(URI.create(expected), LibraryAddress.of(ID, host).host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://admin@api.tencentsmh.cn", "https://admin:hunter2@api.tencentsmh.cn",
            "https://api.tencentsmh.cn/?access_token=x", "https://api.tencentsmh.cn#top",
            "https://admin:hunter2@not_a_host"})
    void userInfoQueryAndFragmentAreRefused(String host) {
        InvalidInputException e = refused(ID, host);
        assertTrue(e.getMessage().contains("without user name, query or fragment"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "a password was echoed: " + e.getMessage());
        assertFalse(e.getMessage().contains("access_token"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a host", "https://", "://", "https://exa mple.com", "http:/example.com", "https://under_score.com",
            "ftp://api.tencentsmh.cn", "file:///etc/passwd", "https://api.tencentsmh.cn:port", "https://[::1", "\\\\server\\share"})
    void garbageIsRefusedWithAClearMessage(String host) {
        InvalidInputException e = refused(ID, host);
        assertTellsWhatToDo(e.getMessage());
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:99999, 99999", "https://api.tencentsmh.cn:65536, 65536", "http://localhost:0, 0",
            "api.tencentsmh.cn:2147483647, 2147483647"})
    void portsThatDoNotExistAreRefused(String host, String port) {
        InvalidInputException e = refused(ID, host);
        assertTrue(e.getMessage().contains("names the port " + port + ", which does not exist: use a port from 1 to 65535"),
                e.getMessage());
        assertTellsWhatToDo(e.getMessage());
        assertEquals(URI.create("https://api.tencentsmh.cn:65535"), LibraryAddress.of(ID, "api.tencentsmh.cn:65535").host());
        assertEquals(URI.create("http://127.0.0.1:1"), LibraryAddress.of(ID, "http://127.0.0.1:1").host());
    }

    @Test
    void theConstructorValidatesToo() {
        assertThrows(InvalidInputException.class,
                () -> new LibraryAddress(ID, URI.create("http://api.tencentsmh.cn")));
        assertThrows(InvalidInputException.class, () -> new LibraryAddress(ID, null));
        assertThrows(InvalidInputException.class, () -> new LibraryAddress(" ", URI.create("https://api.tencentsmh.cn")));
        assertEquals(URI.create("https://api.tencentsmh.cn"),
                new LibraryAddress(ID, URI.create("https://api.tencentsmh.cn/")).host());
    }
}
