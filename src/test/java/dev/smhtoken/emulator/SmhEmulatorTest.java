package dev.smhtoken.emulator;

import dev.smhtoken.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The emulator spoken to with the JDK's own HTTP client, so that it is checked independently of ours. */
class SmhEmulatorTest {
    private static final String LIBRARY = "smh1a2b3c4d5e6f7";
    private static final String SECRET = "s3cret-value";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private SmhEmulator emulator;

    @BeforeEach
    void start() {
        emulator = SmhEmulator.start(clock);
        emulator.addLibrary(LIBRARY, SECRET);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void generateIssuesATokenOfTheDocumentedShapeForADay() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret=" + SECRET);

        assertEquals(200, response.statusCode());
        JsonNode body = json.readTree(response.body());
        String token = body.get("accessToken").asText();
        assertTrue(token.matches("acctk[0-9a-z]{42}"), "token shape");
        assertEquals(86_400, body.get("expiresIn").asLong());
        assertTrue(response.headers().firstValue("x-request-id").isPresent());
        assertEquals(START.plusSeconds(86_400), emulator.token(token).orElseThrow().expiresAt());
    }

    @Test
    void generateAlsoAnswersPostAndKeepsTheOptionalParameters() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/token?library_id=" + LIBRARY + "&library_secret="
                + SECRET + "&user_id=alice&client_id=laptop&space_id=space1&grant=admin,upload_file");

        EmulatedToken token = emulator.token(accessToken(response)).orElseThrow();
        assertEquals("alice", token.userId());
        assertEquals("laptop", token.clientId());
        assertEquals("space1", token.spaceId());
        assertEquals("admin,upload_file", token.grant());
        assertFalse(token.toString().contains(token.value()), "toString hides the value");
    }

    @ParameterizedTest(name = "period={0} -> {1}")
    @CsvSource({"600,600", "299,300", "1,300", "0,300", "-5,300", "315360000,315360000", "315360001,315360000",
        "99999999999999999999,315360000", "abc,86400", "12.5,86400", "'',86400"})
    void periodRules(String asked, long granted) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret="
                + SECRET + "&period=" + asked);

        assertEquals(granted, json.readTree(response.body()).get("expiresIn").asLong());
    }

    @Test
    void renewReArmsWithTheGeneratedPeriodAndReturnsTheSameToken() throws Exception {
        String token = accessToken(send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret=" + SECRET
                + "&period=600"));
        clock.advance(Duration.ofSeconds(599));

        HttpResponse<String> renewed = send("POST", "/api/v1/token/" + LIBRARY + "/" + token);

        assertEquals(200, renewed.statusCode());
        assertEquals(token, accessToken(renewed));
        assertEquals(600, json.readTree(renewed.body()).get("expiresIn").asLong());
        assertEquals(START.plusSeconds(599 + 600), emulator.token(token).orElseThrow().expiresAt());
        assertEquals(1, emulator.renewCount(token));
    }

    @Test
    void anExpiredTokenCannotBeRenewed() throws Exception {
        String token = emulator.issueToken(LIBRARY, Duration.ofMinutes(10), START.plusSeconds(600));
        clock.advance(Duration.ofSeconds(600));

        assertError(send("POST", "/api/v1/token/" + LIBRARY + "/" + token), 403, "InvalidAccessToken");
    }

    @Test
    void revokeThenRenewIsRefused() throws Exception {
        String token = emulator.issueToken(LIBRARY, Duration.ofDays(1), START.plus(Duration.ofDays(1)));

        HttpResponse<String> revoked = send("DELETE", "/api/v1/token/" + LIBRARY + "/" + token);

        assertEquals(204, revoked.statusCode());
        assertEquals("", revoked.body());
        assertTrue(emulator.token(token).orElseThrow().revoked());
        assertError(send("POST", "/api/v1/token/" + LIBRARY + "/" + token), 403, "InvalidAccessToken");
        assertError(send("DELETE", "/api/v1/token/" + LIBRARY + "/" + token), 403, "InvalidAccessToken");
    }

    @Test
    void aTokenOfAnotherLibraryOrAnUnknownTokenIsInvalid() throws Exception {
        emulator.addLibrary("otherlib", "other-secret");
        String token = emulator.issueToken("otherlib", Duration.ofDays(1), START.plus(Duration.ofDays(1)));

        assertError(send("POST", "/api/v1/token/" + LIBRARY + "/" + token), 403, "InvalidAccessToken");
        assertError(send("POST", "/api/v1/token/" + LIBRARY + "/acctknotissued"), 403, "InvalidAccessToken");
    }

    @Test
    void wrongSecretAndUnknownLibraryAreRefusedWithTheirCodes() throws Exception {
        assertError(send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret=wrong"),
                404, "WrongLibraryIdOrSecret");
        assertError(send("GET", "/api/v1/token?library_id=nolib&library_secret=" + SECRET),
                404, "WrongLibraryIdOrSecret");
        assertError(send("POST", "/api/v1/token/nolib/acctk123"), 404, "LibraryNotFound");
    }

    @Test
    void emptyValuesGetTheirOwnCodes() throws Exception {
        assertError(send("GET", "/api/v1/token"), 400, "EmptyLibraryIdOrSecret");
        assertError(send("GET", "/api/v1/token?library_secret=" + SECRET), 400, "EmptyLibraryId");
        assertError(send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret="), 400,
                "EmptyLibrarySecret");
        assertError(send("POST", "/api/v1/token/" + LIBRARY + "/"), 400, "EmptyAccessToken");
    }

    @Test
    void errorBodiesCarryCodeMessageAndTheRequestIdOfTheHeader() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/token/nolib/acctk123");

        JsonNode body = json.readTree(response.body());
        assertFalse(body.get("message").asText().isBlank());
        assertEquals(response.headers().firstValue("x-request-id").orElseThrow(), body.get("requestId").asText());
        assertNotEquals(body.get("requestId").asText(),
                json.readTree(send("POST", "/api/v1/token/nolib/acctk123").body()).get("requestId").asText());
    }

    @Test
    void pathSegmentsAndQueryValuesArePercentDecoded() throws Exception {
        String library = "lib+%é?#";
        String secret = "s e+c&r=e%t/é";
        String token = "tok/en+%2F?é";
        emulator.addLibrary(library, secret);
        emulator.issueToken(library, token, Duration.ofDays(1), START.plus(Duration.ofDays(1)));

        HttpResponse<String> renewed = send("POST", "/api/v1/token/" + pathSegment(library) + "/" + pathSegment(token));
        HttpResponse<String> generated = send("GET", "/api/v1/token?library_id=" + form(library) + "&library_secret="
                + form(secret) + "&user_id=" + form("user one"));

        assertEquals(token, accessToken(renewed));
        assertEquals("user one", emulator.token(accessToken(generated)).orElseThrow().userId());
    }

    @Test
    void wrongMethodsAndOtherPathsAreRefused() throws Exception {
        assertError(send("PUT", "/api/v1/token/" + LIBRARY + "/acctk123"), 405, "MethodNotAllowed");
        assertError(send("DELETE", "/api/v1/token"), 405, "MethodNotAllowed");
        assertError(send("GET", "/api/v2/other"), 404, "ResourceNotFound");
    }

    @Test
    void revokeByUserRevokesOnlyThatUsersTokens() throws Exception {
        String alice = accessToken(send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret=" + SECRET
                + "&user_id=alice"));
        String bob = accessToken(send("GET", "/api/v1/token?library_id=" + LIBRARY + "&library_secret=" + SECRET
                + "&user_id=bob"));

        assertError(send("DELETE", "/api/v1/token/" + LIBRARY + "?library_secret=wrong&user_id=alice"),
                404, "WrongLibraryIdOrSecret");
        assertEquals(204, send("DELETE", "/api/v1/token/" + LIBRARY + "?library_secret=" + SECRET
                + "&user_id=alice,carol").statusCode());

        assertTrue(emulator.token(alice).orElseThrow().revoked());
        assertFalse(emulator.token(bob).orElseThrow().revoked());
    }

    @Test
    void queuedFaultsAreUsedInOrderThenTheNormalAnswerReturns() throws Exception {
        String token = emulator.issueToken(LIBRARY, Duration.ofDays(1), START.plus(Duration.ofDays(1)));
        emulator.faults().next(Fault.error(503, "ServerOverloaded", "busy"), Fault.rateLimited("3"));

        HttpResponse<String> first = send("POST", "/api/v1/token/" + LIBRARY + "/" + token);
        HttpResponse<String> second = send("POST", "/api/v1/token/" + LIBRARY + "/" + token);
        HttpResponse<String> third = send("POST", "/api/v1/token/" + LIBRARY + "/" + token);

        assertEquals(503, first.statusCode());
        assertEquals(429, second.statusCode());
        assertEquals("3", second.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, third.statusCode());
        assertEquals(3, emulator.renewCount(token));
        assertEquals(3, emulator.requestCount());
        assertEquals(0, emulator.faults().pending());
    }

    @Test
    void aPermanentFaultLastsUntilCleared() throws Exception {
        emulator.faults().always(Fault.html(502));

        assertEquals(502, send("GET", "/api/v1/token").statusCode());
        HttpResponse<String> second = send("GET", "/api/v1/token");
        assertEquals(502, second.statusCode());
        assertTrue(second.body().startsWith("<html>"));

        emulator.faults().clear();
        assertError(send("GET", "/api/v1/token"), 400, "EmptyLibraryIdOrSecret");
    }

    @Test
    void redirectFaultNamesAnotherHost() throws Exception {
        emulator.faults().next(Fault.redirect("http://other.invalid/"));

        HttpResponse<String> response = send("GET", "/api/v1/token");

        assertEquals(302, response.statusCode());
        assertEquals("http://other.invalid/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void resetFaultCutsTheBodyShort() {
        emulator.faults().next(Fault.resetMidBody());

        assertTrue(failsWithIoException(() -> send("GET", "/api/v1/token")), "a cut body is an I/O failure");
    }

    @Test
    void hugeBodyFaultSendsThatMuch() throws Exception {
        emulator.faults().next(Fault.hugeBody(10 * 1024 * 1024));

        HttpResponse<byte[]> response = http.send(request("GET", "/api/v1/token"), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(10 * 1024 * 1024, response.body().length);
    }

    private boolean failsWithIoException(IoCall call) {
        try {
            call.run();
            return false;
        } catch (IOException expected) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface IoCall {
        void run() throws IOException, InterruptedException;
    }

    private void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = json.readTree(response.body());
        assertEquals(code, body.get("code").asText());
        assertTrue(body.hasNonNull("message"));
        assertTrue(body.hasNonNull("requestId"));
    }

    private String accessToken(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).get("accessToken").asText();
    }

    private HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(method, pathAndQuery), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(emulator.baseUri() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
