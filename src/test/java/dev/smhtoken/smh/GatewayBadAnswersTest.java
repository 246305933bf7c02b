package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A success status with an unusable body is a clear BAD_RESPONSE, never a half-built token. */
class GatewayBadAnswersTest extends GatewayTestBase {
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json at all                                          | not a JSON object",
        "[\"acctkabc\", 86400]                                    | not a JSON object",
        "\"acctkabc\"                                             | not a JSON object",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":86400} trailing | not a JSON object",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":86400        | not a JSON object",
        "{\"expiresIn\":86400}                                    | without an accessToken",
        "{\"accessToken\":null,\"expiresIn\":86400}               | without an accessToken",
        "{\"accessToken\":\"\",\"expiresIn\":86400}               | an empty accessToken",
        "{\"accessToken\":\"   \",\"expiresIn\":86400}            | an empty accessToken",
        "{\"accessToken\":12345,\"expiresIn\":86400}              | an accessToken that is not text",
        "{\"accessToken\":\"acct k\",\"expiresIn\":86400}         | with spaces or line breaks",
        "{\"accessToken\":\"acctk\\u001b[2Jabc\",\"expiresIn\":86400} | with control characters in it",
        "{\"accessToken\":\"acctk\\u009b2Jabc\",\"expiresIn\":86400} | with control characters in it",
        "{\"accessToken\":\"acctk\\u202eabc\",\"expiresIn\":86400} | with control characters in it",
        "{\"accessToken\":\"acctkabc\"}                           | without expiresIn",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":-1}          | a negative expiresIn",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":100000000000000000} | limit of 10 years",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":315360001}   | limit of 10 years",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":1.5}         | not a whole number",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":\"86400\"}   | not a whole number",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":true}        | not a whole number",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":1e400}       | not a whole number",
        "{\"accessToken\":\"acctkabc\",\"expiresIn\":99999999999999999999999} | not a whole number",
        "{\"accessToken\":\"a\",\"accessToken\":\"b\",\"expiresIn\":1} | not a JSON object"})
    void anUnusableSuccessBodyIsABadResponse(String body, String reason) {
        emulator.faults().next(Fault.json(body));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
        assertEquals(200, failure.httpStatus());
        assertTrue(failure.getMessage().startsWith("SMH at 127.0.0.1:"), failure.getMessage());
        assertTrue(failure.getMessage().contains(reason), failure.getMessage());
        assertTrue(failure.getMessage().contains("check that the library's host is an SMH server"));
        assertEquals(1, emulator.requestCount(), "a bad answer is not retried");
    }

    @Test
    void aTokenLongerThanAnySmhTokenIsABadResponse() {
        emulator.faults().next(Fault.json("{\"accessToken\":\"" + "a".repeat(4097) + "\",\"expiresIn\":86400}"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
        assertTrue(failure.getMessage().contains("an accessToken longer than any SMH token"), failure.getMessage());
        assertTrue(failure.getMessage().length() < 400, failure.getMessage());
    }

    @Test
    void tenYearsIsTheLongestLifetimeAccepted() {
        emulator.faults().next(Fault.json("{\"accessToken\":\"acctkabc\",\"expiresIn\":315360000}"));

        assertEquals(java.time.Duration.ofSeconds(315_360_000L),
                gateway.renew(library, AccessToken.of(seedToken())).expiresIn());
    }

    @Test
    void anEmptySuccessBodyIsABadResponse() {
        emulator.faults().next(Fault.respond(200, "application/json", ""));

        SmhException failure = failure(() -> gateway.generate(library, secret(), GenerateOptions.DEFAULTS));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
        assertTrue(failure.getMessage().contains("answered the request to generate a token with an empty answer"),
                failure.getMessage());
    }

    @Test
    void aNoContentAnswerToARenewIsABadResponse() {
        emulator.faults().next(Fault.respond(204, null, ""));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
        assertEquals(204, failure.httpStatus());
    }

    @Test
    void anHtmlPageWithStatus200IsABadResponse() {
        emulator.faults().next(Fault.html(200));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(seedToken())));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
    }

    @Test
    void aTenMegabyteAnswerIsRefusedAndTheServerStaysUsable() {
        emulator.faults().next(Fault.hugeBody(TEN_MEGABYTES));
        String token = seedToken();

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(Kind.BAD_RESPONSE, failure.kind());
        assertTrue(failure.getMessage().contains("sent an unexpectedly large answer (over 64 KiB)"),
                failure.getMessage());
        assertEquals(1, emulator.renewCount(token), "not retried");
        assertEquals(AccessToken.of(token), gateway.renew(library, AccessToken.of(token)).token());
    }

    @Test
    void aTenMegabyteAnswerWithoutDeclaredLengthIsCutOffToo() {
        emulator.faults().next(Fault.hugeChunkedBody(TEN_MEGABYTES));
        String token = seedToken();

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertTrue(failure.getMessage().contains("unexpectedly large answer"), failure.getMessage());
        assertEquals(AccessToken.of(token), gateway.renew(library, AccessToken.of(token)).token());
    }

    @Test
    void aHugeErrorPageIsCutShortButItsStatusStillCounts() {
        String token = seedToken();
        emulator.faults().always(Fault.respond(502, "text/html", "<html>" + "x".repeat(1024 * 1024) + "</html>"));

        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertEquals(Kind.REJECTED, failure.kind());
        assertEquals(502, failure.httpStatus());
        assertTrue(failure.getMessage().contains("answered HTTP 502 with a web page"), failure.getMessage());
        assertEquals(3, emulator.renewCount(token), "a 502 is retried, however large its page");
    }
}
