package dev.smhtoken.token;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.vault.PlainVaultStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real parts wired as the app wires them, for use-case tests: the emulator on 127.0.0.1, the
 * HTTP gateway (short timeouts, waits between retries recorded instead of slept), a vault file in a
 * temporary folder, and a worker pool. The emulator and the gateway share a clock the test moves.
 */
final class RenewBench implements AutoCloseable {
    static final String LIBRARY = "smhrenew1";
    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    static {
        // The JDK server behind the emulator otherwise waits on Nagle's algorithm for each small answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    final MutableClock clock = new MutableClock(START);
    final SmhEmulator emulator = SmhEmulator.start(clock);
    final List<Duration> waits = java.util.Collections.synchronizedList(new ArrayList<>());
    final HttpSmhGateway http;
    final CountingGateway gateway;
    final PlainVaultStore store;
    /** Vault writes made by the use cases (the test's own seeding is not counted). */
    final AtomicInteger saves = new AtomicInteger();
    final ExecutorService workers;
    final TokenUseCases useCases;

    RenewBench(Path dataDir, int workerCount, Duration responseTimeout, int maxAttempts) {
        emulator.addLibrary(LIBRARY, "bench-library-secret");
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), responseTimeout)
                .withMaxAttempts(maxAttempts)
                .withSleeper(waits::add);
        http = new HttpSmhGateway(settings);
        gateway = new CountingGateway(http);
        store = new PlainVaultStore(dataDir);
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread thread = new Thread(r, "bench-worker-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        VaultStore counted = new VaultStore() {
            @Override
            public Vault load() {
                return store.load();
            }

            @Override
            public Vault update(java.util.function.UnaryOperator<Vault> change) {
                saves.incrementAndGet();
                return store.update(change);
            }
        };
        useCases = TokenUseCases.of(gateway, counted, clock, workers);
        store.update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Bench", List.of())));
    }

    RenewBench(Path dataDir) {
        this(dataDir, 8, Duration.ofSeconds(2), 3);
    }

    /** Issues a token at the emulator and saves it as the app would have, with {@code left} to live. */
    String seed(String label, Duration period, Duration left, Boolean autoRenew) {
        String value = emulator.issueToken(LIBRARY, period, clock.instant().plus(left));
        Instant expiresAt = clock.instant().plus(left);
        Token token = new Token(label, AccessToken.of(value), expiresAt, expiresAt.minus(period), period, null, null,
                autoRenew, List.of());
        store.update(vault -> vault.withToken(LIBRARY, token));
        return value;
    }

    Token saved(String label) {
        return store.load().token(new TokenRef(LIBRARY, label)).orElseThrow();
    }

    static TokenRef ref(String label) {
        return new TokenRef(LIBRARY, label);
    }

    void setSettings(Settings settings) {
        store.update(vault -> vault.withSettings(settings));
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        http.close();
        emulator.close();
    }

    /** The real gateway, counting how many calls are out at once. */
    static final class CountingGateway implements SmhGateway {
        private final SmhGateway real;
        final AtomicInteger current = new AtomicInteger();
        final AtomicInteger highest = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        CountingGateway(SmhGateway real) {
            this.real = real;
        }

        @Override
        public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
            return counted(() -> real.generate(library, secret, options));
        }

        @Override
        public IssuedToken renew(LibraryAddress library, AccessToken token) {
            return counted(() -> real.renew(library, token));
        }

        @Override
        public void revoke(LibraryAddress library, AccessToken token) {
            counted(() -> {
                real.revoke(library, token);
                return null;
            });
        }

        private <T> T counted(java.util.function.Supplier<T> call) {
            calls.incrementAndGet();
            highest.accumulateAndGet(current.incrementAndGet(), Math::max);
            try {
                return call.get();
            } finally {
                current.decrementAndGet();
            }
        }
    }
}
