package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.IssuedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One gateway shared by many workers, as "renew all" uses it. */
class GatewayConcurrencyTest extends GatewayTestBase {

    @Test
    void manyRenewsInParallelAllSucceedOverOnePool() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(seedToken());
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<IssuedToken>> results = new ArrayList<>();
            for (String token : tokens) {
                results.add(workers.submit(() -> gateway.renew(library, AccessToken.of(token))));
            }
            for (int i = 0; i < tokens.size(); i++) {
                assertEquals(tokens.get(i), results.get(i).get().token().reveal());
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(200, emulator.requestCount());
        tokens.forEach(token -> assertEquals(1, emulator.renewCount(token)));
    }
}
