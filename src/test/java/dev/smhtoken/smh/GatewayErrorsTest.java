package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SMH's refusals reach the caller with status, code, server message and request id, in a sentence. */
class GatewayErrorsTest extends GatewayTestBase {

    @Test
    void anUnknownTokenIsInvalidWithTheDocumentedSentence() {
        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of("acctk-never-issued")));

        assertEquals(Kind.REJECTED, failure.kind());
        assertEquals(403, failure.httpStatus());
        assertEquals("InvalidAccessToken", failure.code());
        assertEquals("access token is invalid or expired", failure.serverMessage());
        assertNotNull(failure.requestId());
        assertEquals("InvalidAccessToken: the token is invalid, expired, revoked or belongs to another library;"
                + " generate a new token (HTTP 403, request " + failure.requestId() + ")", failure.getMessage());
        assertFalse(failure.isTransient());
    }

    @Test
    void aWrongSecretIsNamedAsSuch() {
        SmhException failure = failure(() -> gateway.generate(library,
                LibrarySecret.wrap("not-the-secret".toCharArray()), GenerateOptions.DEFAULTS));

        assertEquals(404, failure.httpStatus());
        assertEquals("WrongLibraryIdOrSecret", failure.code());
        assertTrue(failure.getMessage().startsWith("WrongLibraryIdOrSecret: the LibraryId or the library secret is"
                + " wrong; copy both again from the SMH console (HTTP 404, request "), failure.getMessage());
    }

    @Test
    void anUnknownLibraryIsNamedAsSuch() {
        LibraryAddress unknown = LibraryAddress.of("nosuchlibrary", emulator.baseUri().toString());
        String token = seedToken();

        SmhException failure = failure(() -> gateway.renew(unknown, AccessToken.of(token)));

        assertEquals(404, failure.httpStatus());
        assertEquals("LibraryNotFound", failure.code());
        assertTrue(failure.getMessage().startsWith("LibraryNotFound: there is no such library;"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "400, EmptyLibraryIdOrSecret, enter both",
        "400, EmptyLibraryId, enter it as shown",
        "400, EmptyLibrarySecret, enter it as shown",
        "400, EmptyAccessToken, paste the whole token",
        "403, InvalidAccessToken, generate a new token",
        "403, AccessTokenNotMatchSpace, generate a token for the right space",
        "403, NoPermission, generate a token with the right grant",
        "404, LibraryNotFound, check the LibraryId",
        "404, WrongLibraryIdOrSecret, copy both again",
        "429, RateLimitExceeded, wait a minute",
        "500, InternalServerError, try again in a few minutes",
        "503, ServerOverloaded, try again in a few minutes"})
    void everyDocumentedCodeSurfacesWithItsAdvice(int status, String code, String advice) {
        useGateway(settings().withMaxAttempts(1));
        String token = seedToken();
        emulator.faults().next(Fault.error(status, code, "server says " + code));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(Kind.REJECTED, failure.kind());
        assertEquals(status, failure.httpStatus());
        assertEquals(code, failure.code());
        assertEquals("server says " + code, failure.serverMessage());
        assertNotNull(failure.requestId(), "the x-request-id header");
        assertTrue(failure.getMessage().startsWith(code + ": "), failure.getMessage());
        assertTrue(failure.getMessage().contains(advice), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(HTTP " + status + ", request " + failure.requestId() + ")"),
                failure.getMessage());
    }

    @Test
    void theRequestIdInTheBodyWinsOverTheHeader() {
        emulator.faults().next(Fault.respond(403, "application/json",
                "{\"code\":\"NoPermission\",\"message\":\"no\",\"requestId\":\"body-id-42\"}"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals("body-id-42", failure.requestId());
        assertTrue(failure.getMessage().endsWith("(HTTP 403, request body-id-42)"));
    }

    @Test
    void theSmhRequestIdHeaderIsReadWhenTheUsualOneIsMissing() {
        emulator.faults().next(Fault.respond(403, "application/json", "{\"code\":\"NoPermission\",\"message\":\"no\"}",
                Map.of("x-request-id", "", "x-smh-request-id", "smh-77")));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals("smh-77", failure.requestId());
    }

    @Test
    void withoutAnyRequestIdTheSentenceEndsWithTheStatus() {
        emulator.faults().next(Fault.respond(403, "application/json", "{\"code\":\"NoPermission\",\"message\":\"no\"}",
                Map.of("x-request-id", "")));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertNull(failure.requestId());
        assertEquals("NoPermission: the token lacks the permission needed; generate a token with the right grant"
                + " (HTTP 403)", failure.getMessage());
    }

    @Test
    void anUnknownCodeIsShownAsItCame() {
        emulator.faults().next(Fault.error(409, "TokenQuotaExceeded", "too many tokens for this user"));

        SmhException failure = failure(() -> gateway.generate(library, secret(), GenerateOptions.DEFAULTS));

        assertEquals("TokenQuotaExceeded", failure.code());
        assertEquals(409, failure.httpStatus());
        assertTrue(failure.getMessage().startsWith("TokenQuotaExceeded: SMH refused to generate a token:"
                + " \"too many tokens for this user\";"), failure.getMessage());
    }

    @Test
    void aServerMessageThatEchoesTheTokenIsScrubbed() {
        String token = seedToken();
        emulator.faults().next(Fault.error(403, "StrangeCode", "token " + token + " looks odd"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals("token [redacted] looks odd", failure.serverMessage());
    }

    @Test
    void anHtmlErrorPageStillGivesAClearSentence() {
        emulator.faults().next(Fault.html(403));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.REJECTED, failure.kind());
        assertEquals(403, failure.httpStatus());
        assertNull(failure.code());
        assertTrue(failure.getMessage().startsWith("SMH at " + hostLabel() + " answered HTTP 403 with a web page"
                + " instead of an SMH error (perhaps from a proxy); access was refused;"), failure.getMessage());
    }

    @Test
    void anEmptyErrorBodyStillGivesAClearSentence() {
        emulator.faults().next(Fault.respond(404, null, ""));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(404, failure.httpStatus());
        assertNull(failure.code());
        assertTrue(failure.getMessage().contains("answered HTTP 404 with an empty answer; the token service was not"
                + " found there; check the library's host setting"), failure.getMessage());
        assertEquals(failure.requestId(), failure.getMessage().replaceAll(".*\\(request (.*)\\)$", "$1"));
    }

    @Test
    void jsonWithoutACodeIsNotMistakenForAnSmhError() {
        emulator.faults().next(Fault.respond(400, "application/json", "{\"error\":\"bad\"}"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertNull(failure.code());
        assertTrue(failure.getMessage().contains("answered HTTP 400 with an answer that is not an SMH error"));
    }

    private String hostLabel() {
        return emulator.baseUri().getHost() + ":" + emulator.baseUri().getPort();
    }
}
