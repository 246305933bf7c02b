package dev.smhtoken.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Renews many tokens with a bound on how many requests are out at once, through the
 * {@link RenewCoordinator} (so a token already being renewed is joined, not renewed twice).
 * A run can be cancelled: no request is taken up after that (one a worker was already handing to
 * SMH still goes), those in flight finish. The report lists each failure with a sentence for the user.
 */
public final class RenewMany {
    public static final int DEFAULT_CONCURRENCY = 4;

    /** Which tokens a run takes. */
    public enum Scope {
        /** Every token that is not revoked. */
        ALL,
        /** Tokens expired, of unknown expiry, or with less than their renew-ahead threshold or warning lead left. */
        EXPIRING
    }

    private final RenewCoordinator coordinator;
    private final VaultStore store;
    private final Clock clock;

    public RenewMany(RenewCoordinator coordinator, VaultStore store, Clock clock) {
        this.coordinator = Objects.requireNonNull(coordinator);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Loads the vault (blocking: call on a worker) and starts renewing; returns at once. */
    public Run start(Scope scope, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        Vault vault = store.load();
        Run run = new Run(vault, select(vault, scope, clock.instant()), concurrency);
        // One journal write for the whole run, not one per token (a run of a thousand stays fast):
        // a run cut off names each of its tokens that the vault does not show renewed since.
        RenewJournal journal = coordinator.journal();
        journal.sending(run.refs, clock.instant());
        run.finished.whenComplete((report, failure) -> journal.settled(run.refs));
        run.launch();
        return run;
    }

    /**
     * The tokens {@code scope} takes from {@code vault} at {@code now}, most urgent first: the
     * soonest expiry first (expired ones before all), those of unknown expiry last, ties in the
     * vault's order. A run cancelled half-way has then renewed the tokens that needed it most, and
     * tokens of one period end up in the order they had, so a window sorted by time left does not
     * have to move its rows after a run.
     */
    public static List<TokenRef> select(Vault vault, Scope scope, Instant now) {
        List<Map.Entry<TokenRef, Instant>> chosen = new ArrayList<>();
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                if (token.revokedAt() == null && (scope == Scope.ALL || isExpiring(token, now, vault.settings()))) {
                    chosen.add(Map.entry(new TokenRef(library.id(), token.label()),
                            token.expiresAt() == null ? Instant.MAX : token.expiresAt()));
                }
            }
        }
        chosen.sort(Map.Entry.comparingByValue());
        return chosen.stream().map(Map.Entry::getKey).toList();
    }

    private static boolean isExpiring(Token token, Instant now, Settings settings) {
        if (token.expiresAt() == null || token.period() == null) {
            return true;
        }
        Duration ahead = AutoRenewPlanner.threshold(token.period(), settings);
        if (settings.warningLead().compareTo(ahead) > 0) {
            ahead = settings.warningLead();
        }
        return token.timeLeft(now).compareTo(ahead) < 0;
    }

    /** One failure of a run: which token, and why in words for the user. */
    public record Failure(TokenRef ref, UserText reason) {
        /** Why, in English (the command line's language). */
        public String sentence() {
            return reason.english();
        }
    }

    /**
     * What a run did.
     *
     * @param total     tokens the run took
     * @param renewed   renewed successfully
     * @param failures  each failed token and why
     * @param notSent   tokens never tried because the run was cancelled
     */
    public record Report(int total, int renewed, List<Failure> failures, int notSent) {
        public Report {
            failures = List.copyOf(failures);
        }

        public boolean cancelled() {
            return notSent > 0;
        }
    }

    /** A running renew-many. Thread-safe. */
    public final class Run {
        private final Vault snapshot;
        private final List<TokenRef> refs;
        private final int concurrency;
        private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<Report> finished = new CompletableFuture<>();
        private int nextIndex;
        private int outstanding;
        private int completed;
        private int renewed;
        private int dropped;
        private boolean cancelled;

        private Run(Vault snapshot, List<TokenRef> refs, int concurrency) {
            this.snapshot = snapshot;
            this.refs = List.copyOf(refs);
            this.concurrency = concurrency;
        }

        public int total() {
            return refs.size();
        }

        public synchronized int completed() {
            return completed;
        }

        /** Sends no further request; those already out finish and are reported. */
        public void cancel() {
            synchronized (this) {
                cancelled = true;
            }
            completeIfDone();
        }

        public synchronized boolean isCancelled() {
            return cancelled;
        }

        /** Completes when every started renew has ended (and been saved). */
        public CompletableFuture<Report> finished() {
            return finished;
        }

        private void launch() {
            for (int i = 0; i < concurrency; i++) {
                sendNext();
            }
            completeIfDone();
        }

        /** Sends the next request if the bound and the run allow; called again each time SMH answers one. */
        private void sendNext() {
            TokenRef ref;
            Instant dispatchedAt;
            synchronized (this) {
                if (cancelled || nextIndex >= refs.size() || outstanding >= concurrency) {
                    return;
                }
                ref = refs.get(nextIndex++);
                outstanding++;
                // Read under the lock: tokens dispatched later never get an earlier expiry, so the
                // renewed tokens keep the urgency order select() gave them.
                dispatchedAt = clock.instant();
            }
            coordinator.renew(ref, snapshot, this::callDone, this::isCancelled, dispatchedAt)
                    .whenComplete((token, failure) -> ended(ref, failure));
        }

        private void callDone() {
            synchronized (this) {
                outstanding--;
            }
            sendNext();
        }

        private void ended(TokenRef ref, Throwable failure) {
            boolean wasDropped = failure instanceof java.util.concurrent.CancellationException;
            synchronized (this) {
                completed++;
                if (failure == null) {
                    renewed++;
                } else if (wasDropped) {
                    dropped++;
                }
            }
            if (failure != null && !wasDropped) {
                failures.add(new Failure(ref, ExplainedFailure.textOf(failure)));
            }
            completeIfDone();
        }

        private void completeIfDone() {
            Report report;
            synchronized (this) {
                boolean noMore = cancelled || nextIndex >= refs.size();
                if (!noMore || completed < nextIndex) {
                    return;
                }
                List<Failure> sorted;
                synchronized (failures) {
                    sorted = new ArrayList<>(failures);
                }
                report = new Report(refs.size(), renewed, sorted, refs.size() - nextIndex + dropped);
            }
            finished.complete(report);
        }
    }

}
