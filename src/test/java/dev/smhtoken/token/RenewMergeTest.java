package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.NoKeychain;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.VaultOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renew's result is merged into the vault as it is when it is saved, not written over it from the
 * snapshot read before the call: against the emulator on 127.0.0.1 and real encrypted vault files,
 * each writer with a store of its own as separate processes have.
 */
class RenewMergeTest {
    private static final String LIBRARY = "smhmerge1";
    private static final char[] PASSWORD = "merge test password".toCharArray();
    private static final KeychainAccess NO_KEYCHAIN = NoKeychain.INSTANCE;

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemUTC();
    private SmhEmulator emulator;
    private HttpSmhGateway smh;

    @BeforeEach
    void start() {
        emulator = SmhEmulator.start(clock);
        emulator.addLibrary(LIBRARY, "merge-library-secret");
        smh = new HttpSmhGateway(SmhClientSettings.defaults(clock).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
        opener().create(PASSWORD.clone());
    }

    @AfterEach
    void stop() {
        smh.close();
        emulator.close();
    }

    @Test
    void twentyParallelRenewsFromSeparateStoresKeepAllSixtyHistoryEvents() throws Exception {
        List<TokenRef> refs = List.of(ref("a"), ref("b"), ref("c"));
        seed(refs);
        // Every answer waits, so each renew reads the vault long before any other renew saves.
        emulator.faults().always(Fault.delay(Duration.ofMillis(150)));
        ExecutorService writers = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                VaultStore store = opener().open(PASSWORD.clone());
                TokenRenewal renewal = TokenUseCases.of(smh, store, clock).renewal();
                runs.add(CompletableFuture.runAsync(() -> refs.forEach(renewal::renew), writers));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            writers.shutdownNow();
        }

        Vault saved = opener().open(PASSWORD.clone()).load();
        int renewedEvents = 0;
        for (TokenRef ref : refs) {
            List<TokenEvent> history = saved.token(ref).orElseThrow().history();
            long renewed = history.stream().filter(event -> event.kind() == TokenEvent.Kind.RENEWED).count();
            assertEquals(20, renewed, ref + " kept " + renewed + " of its 20 renews: " + history);
            for (int i = 1; i < history.size(); i++) {
                assertFalse(history.get(i).at().isBefore(history.get(i - 1).at()), "history out of order: " + history);
            }
            renewedEvents += (int) renewed;
        }
        assertEquals(60, renewedEvents);
    }

    @Test
    void anAutoRenewChoiceAnotherStoreSavedWhileTheRenewWaitedStays() throws Exception {
        TokenRef ref = ref("a");
        seed(List.of(ref));
        opener().open(PASSWORD.clone()).update(vault -> vault.withToken(LIBRARY,
                vault.token(ref).orElseThrow().withAutoRenew(true)));
        emulator.faults().next(Fault.delay(Duration.ofMillis(800)));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            // The window's renew (through the coordinator on a worker) and, meanwhile, an import
            // elsewhere that turns auto-renew off.
            VaultStore window = opener().open(PASSWORD.clone());
            TokenUseCases useCases = TokenUseCases.of(smh, window, clock, worker);
            Instant before = Instant.now();
            CompletableFuture<Token> renew = useCases.renewals().renew(ref);
            awaitRequests(1);
            Vault imported = new LibraryCatalog(opener().open(PASSWORD.clone())).importLibraries(vault ->
                    vault.withToken(LIBRARY, vault.token(ref).orElseThrow().withAutoRenew(false)));
            assertEquals(Boolean.FALSE, imported.token(ref).orElseThrow().autoRenew());
            Token renewed = renew.get(30, TimeUnit.SECONDS);

            Token saved = opener().open(PASSWORD.clone()).load().token(ref).orElseThrow();
            assertEquals(Boolean.FALSE, saved.autoRenew(), "the renew turned auto-renew back on");
            assertTrue(!saved.renewedAt().isBefore(before.minusSeconds(1)), "the renew itself was not saved");
            assertEquals(TokenEvent.Kind.RENEWED, saved.history().get(saved.history().size() - 1).kind());
            assertEquals(saved, renewed);
        } finally {
            worker.shutdownNow();
        }
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (emulator.requestCount() < count) {
            assertTrue(System.nanoTime() < deadline, "the renew never reached the emulator");
            Thread.sleep(5);
        }
    }

    private void seed(List<TokenRef> refs) {
        Instant now = Instant.now();
        List<Token> tokens = new ArrayList<>();
        for (TokenRef ref : refs) {
            String value = emulator.issueToken(LIBRARY, Duration.ofHours(1), now.plus(Duration.ofMinutes(30)));
            tokens.add(new Token(ref.label(), AccessToken.of(value), now.plus(Duration.ofMinutes(30)),
                    now.minus(Duration.ofMinutes(30)), Duration.ofHours(1), null, null));
        }
        opener().open(PASSWORD.clone()).update(vault -> vault.withLibrary(
                new Library(LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Merge", tokens)));
    }

    private VaultOpener opener() {
        return new VaultOpener(dir, NO_KEYCHAIN, TestKdf.FAST, clock);
    }

    private static TokenRef ref(String label) {
        return new TokenRef(LIBRARY, label);
    }
}
