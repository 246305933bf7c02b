package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole simulated day of the app's logic (planner, coordinator, real gateway, real emulator, real
 * vault file), the clock stepped a minute per tick: no auto-renewed token ever runs out, at the
 * emulator or in the vault.
 */
class SimulatedDayTest {
    @TempDir
    Path dataDir;
    private RenewBench bench;

    @AfterEach
    void close() throws InterruptedException {
        bench.close();
    }

    @Test
    void noAutoRenewedTokenEverReachesZero() {
        bench = new RenewBench(dataDir);
        bench.setSettings(new Settings(Duration.ofSeconds(30), true, 10, Duration.ofMinutes(5),
                Duration.ofMinutes(15), "system", "system", Duration.ZERO));
        Map<String, String> values = new LinkedHashMap<>();
        Duration[] periods = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8), Duration.ofDays(1)};
        for (int i = 0; i < 6; i++) {
            Duration period = periods[i % periods.length];
            // Some start with little time left, one with less than the threshold already.
            Duration left = i == 0 ? Duration.ofMinutes(3) : period.multipliedBy(i % 3 + 1).dividedBy(3);
            values.put("t" + i, bench.seed("t" + i, period, left, null));
        }
        AutoRenewer auto = bench.useCases.autoRenewer();
        Instant end = RenewBench.START.plus(Duration.ofDays(1));
        int checks = 0;
        while (bench.clock.instant().isBefore(end)) {
            bench.clock.advance(Duration.ofMinutes(1));
            Instant now = bench.clock.instant();
            if (auto.wantsCheck(now)) {
                checks++;
                List<CompletableFuture<Token>> renews = auto.check(now);
                renews.forEach(CompletableFuture::join);
            }
            // Every simulated minute at the server; every ten in the vault file (a read costs real time).
            Vault vault = checks % 10 == 0 ? bench.store.load() : null;
            for (Map.Entry<String, String> token : values.entrySet()) {
                if (vault != null) {
                    Token saved = vault.token(RenewBench.ref(token.getKey())).orElseThrow();
                    assertTrue(saved.timeLeft(now).compareTo(Duration.ZERO) > 0, token.getKey() + " ran out at " + now);
                }
                assertTrue(bench.emulator.token(token.getValue()).orElseThrow().expiresAt().isAfter(now),
                        token.getKey() + " ran out at the server at " + now);
            }
        }
        assertTrue(checks > 0);
    }
}
