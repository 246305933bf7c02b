package dev.smhtoken.bench;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.Token;
import dev.smhtoken.ui.main.LibraryEntry;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.main.TokenEntry;
import dev.smhtoken.vault.ProcessKeychain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Renew all" against the local emulator, through the real window: wall time from the action until
 * every row shows its renewed token and the window reports the run finished, the longest FX pulse
 * gap meanwhile, and the throughput beside a bare HttpClient 5 loop at the same concurrency.
 */
final class RenewAllBench {
    /** What an administrator does: the window's own "Renew all". */
    static final RenewAll STRATEGY = RenewAll.WINDOW_ACTION;

    record Result(double seconds, int renewed, int failed, double appRps, double bareRps, double longestGapMs,
                  int tokens, int concurrency) {
    }

    private final BenchConfig config;

    RenewAllBench(BenchConfig config) {
        this.config = config;
    }

    Result run() throws Exception {
        Clock clock = Clock.systemUTC();
        try (SmhEmulator emulator = SmhEmulator.start(clock)) {
            Set<String> known = ConcurrentHashMap.newKeySet();
            ProcessKeychain keychain = new ProcessKeychain();
            Path vault = BenchVaults.write(config.workDir(), "vault-renew", config.renewTokens(),
                    emulator.baseUri().toString(), clock.instant(), (libraryId, period, expiresAt) -> {
                        if (known.add(libraryId)) {
                            emulator.addLibrary(libraryId, "bench-secret-" + libraryId);
                        }
                        return emulator.issueToken(libraryId, period, expiresAt);
                    }, keychain);
            Instant started;
            double seconds;
            int[] outcome;
            double longestGap;
            try (OpenWindow window = OpenWindow.open(vault, keychain, clock, app -> { })) {
                MainViewModel model = window.app.model();
                PulseGapMeter gaps = new PulseGapMeter();
                RenewTrace trace = new RenewTrace();
                if (RenewTrace.ON) {
                    FxRuntime.run(() -> trace.install(window.stage.getScene()));
                }
                Thread.sleep(200);
                started = clock.instant();
                long t0 = System.nanoTime();
                FxRuntime.run(() -> {
                    trace.actionStarts();
                    gaps.startFrom(System.nanoTime());
                    STRATEGY.start(window);
                });
                FxRuntime.await(() -> {
                    boolean finished = outcome(model, started)[2] == 0 && STRATEGY.reportedFinished(window);
                    if (finished) {
                        gaps.stopAt(System.nanoTime());
                    }
                    return finished;
                }, 300_000);
                seconds = (System.nanoTime() - t0) / 1e9;
                if (RenewTrace.ON) {
                    System.err.print(FxRuntime.call(() -> {
                        trace.runEnded();
                        return trace.report();
                    }));
                }
                outcome = FxRuntime.call(() -> outcome(model, started));
                longestGap = FxRuntime.call(gaps::longestMillis);
            }
            double bareRps = BareHttpLoop.run(emulator.baseUri().toString(), renewals(vault, keychain),
                    config.renewConcurrency());
            return new Result(seconds, outcome[0], outcome[1], outcome[0] / seconds, bareRps, longestGap,
                    config.renewTokens(), config.renewConcurrency());
        }
    }

    /** Rows renewed since {@code since}, rows failed, rows still waiting. */
    private static int[] outcome(MainViewModel model, Instant since) {
        int renewed = 0;
        int failed = 0;
        int waiting = 0;
        for (LibraryEntry library : model.list().libraries()) {
            for (TokenEntry entry : library.tokens()) {
                Instant renewedAt = entry.token().renewedAt();
                if (entry.isRenewing()) {
                    waiting++;
                } else if (entry.failure() != null) {
                    failed++;
                } else if (renewedAt != null && !renewedAt.isBefore(since)) {
                    renewed++;
                } else {
                    waiting++;
                }
            }
        }
        return new int[] {renewed, failed, waiting};
    }

    private static List<BareHttpLoop.Renewal> renewals(Path vault, ProcessKeychain keychain) {
        List<BareHttpLoop.Renewal> renewals = new ArrayList<>();
        for (Library library : BenchVaults.store(vault, keychain).load().libraries()) {
            for (Token token : library.tokens()) {
                renewals.add(new BareHttpLoop.Renewal(library.id(), token.value().reveal()));
            }
        }
        return renewals;
    }
}
