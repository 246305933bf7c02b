package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** A real emulator on 127.0.0.1 with one library, and a gateway with short timeouts and no real sleeps. */
abstract class GatewayTestBase {
    static final String LIBRARY = "smh1a2b3c4d5e6f7";
    static final String SECRET = "Lib-Secret-7f3a9c";

    static {
        QuietHttpClientLogs.apply();
    }

    final RecordingSleeper sleeper = new RecordingSleeper();
    final LeakGuard leaks = new LeakGuard().remember(SECRET);
    SmhEmulator emulator;
    LibraryAddress library;
    HttpSmhGateway gateway;

    @BeforeEach
    void startEmulatorAndGateway() {
        emulator = SmhEmulator.start();
        emulator.addLibrary(LIBRARY, SECRET);
        library = LibraryAddress.of(LIBRARY, emulator.baseUri().toString());
        gateway = new HttpSmhGateway(settings());
    }

    @AfterEach
    void closeAll() {
        gateway.close();
        emulator.close();
    }

    SmhClientSettings settings() {
        // The recorded waits are not slept, yet each still has to fit before the call's deadline: a
        // long one, so that the tests of Retry-After and backoff see every wait the gateway asks for.
        return SmhClientSettings.defaults(Clock.systemUTC())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withCallDeadline(Duration.ofMinutes(5))
                .withSleeper(sleeper);
    }

    /** Replaces the gateway, for a test that needs other settings. */
    void useGateway(SmhClientSettings settings) {
        gateway.close();
        gateway = new HttpSmhGateway(settings);
    }

    String seedToken() {
        String token = emulator.issueToken(LIBRARY, Duration.ofDays(1), Instant.now().plus(Duration.ofDays(1)));
        leaks.remember(token);
        return token;
    }

    static LibrarySecret secret() {
        return LibrarySecret.wrap(SECRET.toCharArray());
    }

    /** Runs a call that must fail, and checks that the failure leaks nothing. */
    SmhException failure(Executable call) {
        SmhException failure = assertThrows(SmhException.class, call);
        leaks.assertClean(failure);
        return failure;
    }
}
