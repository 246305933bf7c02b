package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No toString, and nothing printed from a record that holds one, shows a token or a secret. */
class RedactionTest {
    private static final String TOKEN_TEXT = "acctk01f7af4f07me88u2svxwp9tszuekqlprquuejSECRET";
    private static final String SECRET_TEXT = "LibrarySecretValue-9f8e7d";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static void assertHidesToken(Object printed) {
        String text = String.valueOf(printed);
        assertFalse(text.contains(TOKEN_TEXT), "token shown in " + text);
        assertFalse(text.contains("SECRET"), "part of the token shown in " + text);
        assertFalse(text.contains("acctk01f7af"), "part of the token shown in " + text);
    }

    @Test
    void accessToken() {
        assertEquals("AccessToken[redacted]", AccessToken.of(TOKEN_TEXT).toString());
    }

    @Test
    void librarySecret() {
        LibrarySecret secret = LibrarySecret.wrap(SECRET_TEXT.toCharArray());
        assertEquals("LibrarySecret[redacted]", secret.toString());
        assertFalse(String.valueOf(secret).contains("9f8e7d"));
    }

    @Test
    void tokenInEveryShape() {
        AccessToken value = AccessToken.of(TOKEN_TEXT);
        IssuedToken issued = new IssuedToken(value, Duration.ofHours(24));
        Token generated = Token.generated("ci", issued, NOW, new GenerateOptions(null, "admin", "u", "c", "s"));
        assertHidesToken(Token.pasted("p", value));
        assertHidesToken(generated);
        assertHidesToken(generated.revoked(NOW));
        assertHidesToken(issued);
        Library library = new Library(LibraryAddress.of("smh1", null), "Photos", List.of(generated));
        assertHidesToken(library);
        assertHidesToken(new Vault(List.of(library)));
    }

    @Test
    void errorMessagesDoNotQuoteTheToken() {
        assertHidesToken(assertThrows(InvalidInputException.class, () -> AccessToken.of("acctk01f7af SECRET")).getMessage());
        assertHidesToken(RecordingSmhGateway.rejected("InvalidAccessToken").getMessage());
    }
}
