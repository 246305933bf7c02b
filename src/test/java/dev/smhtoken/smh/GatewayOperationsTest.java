package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.EmulatedToken;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.IssuedToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GatewayOperationsTest extends GatewayTestBase {

    @Test
    void generateReturnsANewTokenForADayByDefault() {
        IssuedToken issued = gateway.generate(library, secret(), GenerateOptions.DEFAULTS);

        assertTrue(LeakGuard.TOKEN_SHAPE.matcher(issued.token().reveal()).matches());
        assertEquals(Duration.ofDays(1), issued.expiresIn());
        assertTrue(emulator.token(issued.token().reveal()).isPresent());
        assertEquals(1, emulator.requestCount());
    }

    @Test
    void generateSendsTheOptionsThatAreSetAndNothingElse() {
        GenerateOptions options = new GenerateOptions(Duration.ofMinutes(10), "admin, upload_file", "alice", null,
                "space-1");

        IssuedToken issued = gateway.generate(library, secret(), options);

        EmulatedToken seen = emulator.token(issued.token().reveal()).orElseThrow();
        assertEquals(Duration.ofMinutes(10), issued.expiresIn());
        assertEquals("admin,upload_file", seen.grant());
        assertEquals("alice", seen.userId());
        assertEquals("space-1", seen.spaceId());
        assertNull(seen.clientId());
    }

    @Test
    void aPeriodUnderFiveMinutesIsRaisedByTheServer() {
        IssuedToken issued = gateway.generate(library, secret(),
                new GenerateOptions(Duration.ofSeconds(10), null, null, null, null));

        assertEquals(Duration.ofSeconds(300), issued.expiresIn());
    }

    @Test
    void renewReturnsTheTokenAndThePeriodItWasMadeWith() {
        IssuedToken generated = gateway.generate(library, secret(),
                new GenerateOptions(Duration.ofHours(2), null, null, null, null));

        IssuedToken renewed = gateway.renew(library, generated.token());

        assertEquals(generated.token(), renewed.token());
        assertEquals(Duration.ofHours(2), renewed.expiresIn());
        assertEquals(1, emulator.renewCount(generated.token().reveal()));
    }

    @Test
    void aRevokedTokenCanNoLongerBeRenewed() {
        String token = seedToken();

        gateway.revoke(library, AccessToken.of(token));

        assertTrue(emulator.token(token).orElseThrow().revoked());
        SmhException failure = failure(() -> gateway.renew(library, AccessToken.of(token)));
        assertEquals("InvalidAccessToken", failure.code());
        assertTrue(failure.tokenIsDead());
    }

    @Test
    void oddCharactersInIdsTokensAndQueryValuesRoundTrip() {
        String oddLibrary = "lib+%é?#&=ü€";
        String oddSecret = "s e+c&r=e%t/é?#€";
        String oddToken = "tok/en+%2F?#&=é€ü";
        emulator.addLibrary(oddLibrary, oddSecret);
        emulator.issueToken(oddLibrary, oddToken, Duration.ofDays(1), Instant.now().plus(Duration.ofDays(1)));
        LibraryAddress oddAddress = LibraryAddress.of(oddLibrary, emulator.baseUri().toString());

        IssuedToken renewed = gateway.renew(oddAddress, AccessToken.of(oddToken));
        IssuedToken generated = gateway.generate(oddAddress, LibrarySecret.wrap(oddSecret.toCharArray()),
                new GenerateOptions(null, "admin", "user one+€", "client/1&x=y", "space %20"));
        gateway.revoke(oddAddress, AccessToken.of(oddToken));

        assertEquals(oddToken, renewed.token().reveal());
        EmulatedToken seen = emulator.token(generated.token().reveal()).orElseThrow();
        assertEquals(oddLibrary, seen.libraryId());
        assertEquals("user one+€", seen.userId());
        assertEquals("client/1&x=y", seen.clientId());
        assertEquals("space %20", seen.spaceId());
        assertTrue(emulator.token(oddToken).orElseThrow().revoked());
    }

    @Test
    void theServersClockIsCompared() {
        assertTrue(gateway.lastClockSkew().isEmpty());

        gateway.renew(library, AccessToken.of(seedToken()));

        Duration skew = gateway.lastClockSkew().orElseThrow();
        assertTrue(skew.abs().compareTo(Duration.ofSeconds(2)) < 0, () -> "skew " + skew);
        assertFalse(gateway.clockLooksWrong());
    }

    @Test
    void aLocalClockFiveMinutesAheadIsNoticed() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        useGateway(settings().withClock(ahead));

        gateway.renew(library, AccessToken.of(seedToken()));

        Duration skew = gateway.lastClockSkew().orElseThrow();
        assertTrue(skew.plusMinutes(5).abs().compareTo(Duration.ofSeconds(2)) < 0, () -> "skew " + skew);
        assertTrue(gateway.clockLooksWrong());
    }
}
