package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auto-renew driven by ticks of a fake clock, with the real coordinator, gateway, emulator and vault
 * file: the app's logic without the window.
 */
class AutoRenewerTest {
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dataDir;
    private RenewBench bench;
    private AutoRenewer auto;

    @BeforeEach
    void start() {
        bench = new RenewBench(dataDir);
        bench.setSettings(new Settings(Duration.ofSeconds(30), true, 10, Duration.ofMinutes(5),
                Duration.ofMinutes(15), "system", "system", Duration.ZERO));
        auto = bench.useCases.autoRenewer();
    }

    @AfterEach
    void close() throws InterruptedException {
        bench.close();
    }

    @Test
    void firesAtTheThresholdAndNotBefore() {
        String value = bench.seed("hourly", HOUR, HOUR, null);
        // Threshold: max(10% of 1 h, 5 min) = 6 min; jitter at most 36 s.
        stepUntil(HOUR.minus(Duration.ofMinutes(7)), Duration.ofSeconds(1));
        assertEquals(0, bench.emulator.renewCount(value), "not due 7 min before expiry");
        Instant firstFired = null;
        for (int s = 0; s < 120 && firstFired == null; s++) {
            bench.clock.advance(Duration.ofSeconds(1));
            tick();
            if (bench.emulator.renewCount(value) == 1) {
                firstFired = bench.clock.instant();
            }
        }
        Duration leftWhenFired = Duration.between(firstFired, RenewBench.START.plus(HOUR));
        assertTrue(leftWhenFired.compareTo(Duration.ofMinutes(6).plusSeconds(37)) <= 0
                && leftWhenFired.compareTo(Duration.ofMinutes(6).minusSeconds(1)) >= 0, leftWhenFired.toString());
        assertEquals(firstFired.plus(HOUR), bench.saved("hourly").expiresAt());
        // ...and not again until the next threshold.
        stepUntil(HOUR.plus(Duration.ofMinutes(20)), Duration.ofSeconds(15));
        assertEquals(1, bench.emulator.renewCount(value));
    }

    @Test
    void stopsForGoodOnInvalidAccessToken() {
        String value = bench.seed("dead", HOUR, Duration.ofMinutes(3), null);
        bench.emulator.faults().next(Fault.error(403, "InvalidAccessToken", "gone"));
        bench.clock.advance(Duration.ofSeconds(1));
        tick();
        assertEquals(1, bench.emulator.renewCount(value));
        assertTrue(bench.saved("dead").needsNewToken());

        stepUntil(Duration.ofMinutes(30), Duration.ofSeconds(10));
        assertEquals(1, bench.emulator.renewCount(value), "never tried again");
        // ...also after a restart of the app: the history says so.
        AutoRenewer afterRestart = new AutoRenewer(bench.useCases.renewals(), bench.store, bench.clock);
        assertTrue(afterRestart.wantsCheck(bench.clock.instant()));
        assertTrue(afterRestart.check(bench.clock.instant()).isEmpty());
    }

    @Test
    void passingFailuresBackOffInsteadOfRetryingEachSecond() {
        String value = bench.seed("flaky", HOUR, Duration.ofMinutes(5), null);
        bench.emulator.faults().always(Fault.error(503, "ServerOverloaded", "busy"));
        for (int s = 0; s < 120; s++) {
            bench.clock.advance(Duration.ofSeconds(1));
            tick();
        }
        // 3 attempts per renew; renews at ~0 s, +30 s, +90 s: far fewer than one per second.
        int renews = bench.emulator.renewCount(value);
        assertTrue(renews >= 6 && renews <= 9, "renew requests in 2 minutes: " + renews);
        bench.emulator.faults().clear();
        stepUntil(Duration.ofMinutes(5), Duration.ofSeconds(1));
        assertTrue(bench.saved("flaky").expiresAt().isAfter(bench.clock.instant().plus(Duration.ofMinutes(50))));
    }

    @Test
    void catchesUpAtOnceAfterTheMachineSlept() {
        String value = bench.seed("sleeper", DAY, Duration.ofHours(10), null);
        tick();
        assertEquals(0, bench.emulator.renewCount(value));
        // Asleep for 9 h 55 min: at wake-up the token has 5 minutes left and is renewed at the first tick.
        bench.clock.advance(Duration.ofHours(9).plusMinutes(55));
        assertTrue(auto.wantsCheck(bench.clock.instant()), "a jump of the wall clock triggers a check");
        join(auto.check(bench.clock.instant()));
        assertEquals(1, bench.emulator.renewCount(value));
        assertEquals(bench.clock.instant().plus(DAY), bench.saved("sleeper").expiresAt());
    }

    @Test
    void aTokenWithoutAutoRenewIsLeftAlone() {
        String value = bench.seed("manual", HOUR, Duration.ofMinutes(2), false);
        stepUntil(Duration.ofMinutes(5), Duration.ofSeconds(5));
        assertEquals(0, bench.emulator.renewCount(value));
        assertFalse(bench.saved("manual").isAutoRenewed(bench.store.load().settings()));
    }

    private void stepUntil(Duration sinceStart, Duration step) {
        while (bench.clock.instant().isBefore(RenewBench.START.plus(sinceStart))) {
            bench.clock.advance(step);
            tick();
        }
    }

    /** One tick of the window's clock: the check runs if wanted, and the test waits for its renews. */
    private void tick() {
        Instant now = bench.clock.instant();
        if (auto.wantsCheck(now)) {
            join(auto.check(now));
        }
    }

    private static void join(List<CompletableFuture<Token>> renews) {
        renews.forEach(future -> future.handle((token, failure) -> null).join());
    }
}
