package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renew-many against the emulator: bounded, each token once, cancellable, failures reported. */
class RenewManyTest {
    private static final Duration DAY = Duration.ofDays(1);
    private static final int TOKENS = 200;

    @TempDir
    Path dataDir;
    private RenewBench bench;
    private final List<String> values = new ArrayList<>();

    @BeforeEach
    void seed() {
        bench = new RenewBench(dataDir, 12, Duration.ofSeconds(3), 3);
        bench.store.update(vault -> {
            Vault result = vault;
            for (int i = 0; i < TOKENS; i++) {
                String value = bench.emulator.issueToken(RenewBench.LIBRARY, DAY, RenewBench.START.plus(Duration.ofHours(i % 30 + 1)));
                values.add(value);
                result = result.withToken(RenewBench.LIBRARY, new Token("t" + i, AccessToken.of(value),
                        RenewBench.START.plus(Duration.ofHours(i % 30 + 1)), RenewBench.START.minus(DAY), DAY, null, null));
            }
            return result;
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        bench.close();
    }

    @Test
    void renewsEveryTokenExactlyOnceWithAtMostFourRequestsOut() throws Exception {
        bench.emulator.faults().always(Fault.delay(Duration.ofMillis(5)));
        RenewMany.Run run = bench.useCases.renewMany().start(RenewMany.Scope.ALL, 4);
        RenewMany.Report report = run.finished().get(30, TimeUnit.SECONDS);

        assertEquals(TOKENS, report.total());
        assertEquals(TOKENS, report.renewed());
        assertTrue(report.failures().isEmpty());
        assertTrue(bench.gateway.highest.get() <= 4, "highest concurrency " + bench.gateway.highest.get());
        assertEquals(4, bench.gateway.highest.get(), "the bound is used, not just respected");
        values.forEach(value -> assertEquals(1, bench.emulator.renewCount(value)));
        Vault saved = bench.store.load();
        saved.libraries().get(0).tokens().forEach(token ->
                assertEquals(RenewBench.START.plus(DAY), token.expiresAt(), token.label()));
    }

    @Test
    void manyRenewsAreSavedInAFewWritesAndTheVaultHoldsEveryOne() throws Exception {
        RenewMany.Report report = bench.useCases.renewMany().start(RenewMany.Scope.ALL, 4)
                .finished().get(30, TimeUnit.SECONDS);

        assertEquals(TOKENS, report.renewed());
        // One write per renew would be 200; paced saves take a handful (one per hold while
        // answers keep coming, and the last when the run ends).
        assertTrue(bench.saves.get() < TOKENS / 4, "saves " + bench.saves.get());
        Vault saved = bench.store.load();
        saved.libraries().get(0).tokens().forEach(token -> {
            assertEquals(RenewBench.START.plus(DAY), token.expiresAt(), token.label());
            assertEquals(TokenEvent.Kind.RENEWED, token.history().get(token.history().size() - 1).kind(), token.label());
        });
        assertEquals(0, bench.useCases.renewals().inFlightCount());
    }

    @Test
    void cancelSendsNoFurtherRequest() throws Exception {
        bench.emulator.faults().always(Fault.delay(Duration.ofMillis(100)));
        RenewMany.Run run = bench.useCases.renewMany().start(RenewMany.Scope.ALL, 4);
        Thread.sleep(250); // a few requests went out (a test of cancelling, not of timing)
        run.cancel();
        int sentAtCancel = bench.gateway.calls.get();
        RenewMany.Report report = run.finished().get(10, TimeUnit.SECONDS);
        int sent = bench.gateway.calls.get();
        Thread.sleep(300);

        assertTrue(sent < TOKENS, "sent " + sent);
        // A worker that checked the run just before the cancel may still be handing its request over
        // (at most one per request allowed out at once); nothing new is taken after that.
        assertTrue(sent - sentAtCancel <= 4, "sent at the cancel " + sentAtCancel + ", in the end " + sent);
        assertEquals(sent, bench.gateway.calls.get(), "nothing sent once the run finished");
        assertEquals(sent, bench.emulator.requestCount());
        assertEquals(TOKENS - sent, report.notSent());
        assertEquals(sent, report.renewed() + report.failures().size());
        assertTrue(report.cancelled());
    }

    @Test
    void failuresAreReportedWithTheTokenAndASentence() throws Exception {
        bench.emulator.faults().next(Fault.error(403, "InvalidAccessToken", "token gone"));
        RenewMany.Run run = bench.useCases.renewMany().start(RenewMany.Scope.ALL, 4);
        RenewMany.Report report = run.finished().get(30, TimeUnit.SECONDS);

        assertEquals(TOKENS - 1, report.renewed());
        assertEquals(1, report.failures().size());
        RenewMany.Failure failure = report.failures().get(0);
        assertTrue(failure.sentence().startsWith("InvalidAccessToken"), failure.sentence());
        assertTrue(bench.saved(failure.ref().label()).needsNewToken());
    }

    @Test
    void nothingThatGoesWrongWithOneTokenStopsTheRunFromTryingTheRest() throws Exception {
        // A lifetime beyond SMH's 10-year cap (a bad answer), a defect nobody expected in the call of
        // another token, and a listener that throws on every renew it hears of.
        bench.emulator.faults().next(Fault.json("{\"accessToken\":\"" + values.get(5)
                + "\",\"expiresIn\":100000000000000000}"));
        String breaks = values.get(7);
        SmhGateway defective = new SmhGateway() {
            @Override
            public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
                return bench.gateway.generate(library, secret, options);
            }

            @Override
            public IssuedToken renew(LibraryAddress library, AccessToken token) {
                if (token.reveal().equals(breaks)) {
                    throw new IllegalStateException("a defect nobody expected");
                }
                return bench.gateway.renew(library, token);
            }

            @Override
            public void revoke(LibraryAddress library, AccessToken token) {
                bench.gateway.revoke(library, token);
            }
        };
        TokenUseCases useCases = TokenUseCases.of(defective, bench.store, bench.clock, bench.workers);
        useCases.renewals().addListener(new RenewListener() {
            @Override
            public void started(TokenRef ref) {
                throw new IllegalStateException("a listener that fails on start");
            }

            @Override
            public void finished(RenewOutcome outcome) {
                throw new IllegalStateException("a listener that fails on finish");
            }
        });

        RenewMany.Report report = useCases.renewMany().start(RenewMany.Scope.ALL, 4).finished().get(30, TimeUnit.SECONDS);

        assertEquals(TOKENS, report.total());
        assertEquals(TOKENS - 2, report.renewed());
        assertEquals(0, report.notSent());
        List<String> reasons = report.failures().stream().map(RenewMany.Failure::sentence).sorted().toList();
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(reason -> reason.contains("limit of 10 years")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(reason -> reason.startsWith("Something unexpected went wrong")),
                reasons.toString());
        for (int i = 0; i < TOKENS; i++) {
            assertEquals(i == 7 ? 0 : 1, bench.emulator.renewCount(values.get(i)), "token " + i);
        }
        assertEquals(0, useCases.renewals().inFlightCount());
    }

    @Test
    void renewExpiringTakesOnlyTokensNearTheirEnd() throws Exception {
        // Expiring: under max(10% of a day, 15 min warning lead) = 2.4 h left: the tokens at 1 and 2 h.
        List<TokenRef> expiring = RenewMany.select(bench.store.load(), RenewMany.Scope.EXPIRING, RenewBench.START);
        assertEquals(7 * 2, expiring.size());
        RenewMany.Report report = bench.useCases.renewMany().start(RenewMany.Scope.EXPIRING, 4)
                .finished().get(30, TimeUnit.SECONDS);
        assertEquals(14, report.total());
    }

    @Test
    void theMostUrgentTokensAreRenewedFirst() {
        Instant now = RenewBench.START;
        Library library = new Library(LibraryAddress.of("smhorder1", null), "Order", List.of(
                token("late", now.plus(Duration.ofHours(5))), token("unknown", null),
                token("expired", now.minus(Duration.ofHours(1))), token("soon", now.plus(Duration.ofHours(1))),
                token("soon-too", now.plus(Duration.ofHours(1)))));
        Library other = new Library(LibraryAddress.of("smhorder2", null), "Other", List.of(
                token("middle", now.plus(Duration.ofHours(3)))));

        List<String> order = RenewMany.select(new Vault(List.of(library, other)), RenewMany.Scope.ALL, now).stream()
                .map(TokenRef::label).toList();

        assertEquals(List.of("expired", "soon", "soon-too", "middle", "late", "unknown"), order);
    }

    private static Token token(String label, Instant expiresAt) {
        return new Token(label, AccessToken.of("acctk-" + label + "-0123456789"), expiresAt,
                expiresAt == null ? null : expiresAt.minus(DAY), expiresAt == null ? null : DAY, null, null);
    }

    @Test
    void aTokenAlreadyBeingRenewedIsJoinedNotRenewedTwice() throws Exception {
        bench.emulator.faults().always(Fault.delay(Duration.ofMillis(300)));
        var single = bench.useCases.renewals().renew(RenewBench.ref("t0"));
        var again = bench.useCases.renewals().renew(RenewBench.ref("t0"));
        RenewMany.Report report = bench.useCases.renewMany().start(RenewMany.Scope.EXPIRING, 4)
                .finished().get(30, TimeUnit.SECONDS);
        single.get(5, TimeUnit.SECONDS);
        assertTrue(single == again);
        assertEquals(1, bench.emulator.renewCount(values.get(0)));
        assertEquals(14, report.renewed());
    }
}
