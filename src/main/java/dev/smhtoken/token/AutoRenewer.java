package dev.smhtoken.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Drives {@link AutoRenewPlanner} from the window's one clock: no timer per token. Each tick asks
 * {@link #wantsCheck(Instant)} (cheap, no I/O); when it says yes, {@link #check(Instant)} loads the
 * vault on a worker and hands the due tokens to the {@link RenewCoordinator}.
 *
 * <p>A check is wanted when the earliest due time has come, five minutes after the last check (to see
 * changes made elsewhere), after {@link #vaultChanged()}, and at once when the wall clock jumped
 * between two ticks (the machine slept). A token whose renew failed for a passing reason waits
 * with exponential backoff (30 s doubling to 30 min) instead of being retried each second; one SMH
 * declared invalid is not retried at all (its history says so, and the planner skips it).
 */
public final class AutoRenewer {
    static final Duration RECHECK = Duration.ofMinutes(5);
    static final Duration WAKE_JUMP = Duration.ofSeconds(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofMinutes(30);

    private final RenewCoordinator coordinator;
    private final VaultStore store;
    private final Clock clock;
    private final Map<TokenRef, Backoff> backoffs = new HashMap<>();
    private Instant lastTick;
    private Instant nextCheck = Instant.MIN;
    private boolean checking;

    private record Backoff(int failures, Instant notBefore) {
    }

    public AutoRenewer(RenewCoordinator coordinator, VaultStore store, Clock clock) {
        this.coordinator = Objects.requireNonNull(coordinator);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Called on each tick with the tick's time; true when {@link #check} should run now. */
    public synchronized boolean wantsCheck(Instant now) {
        boolean woke = lastTick != null && Duration.between(lastTick, now).abs().compareTo(WAKE_JUMP) > 0;
        lastTick = now;
        if (checking) {
            return false;
        }
        if (woke || !now.isBefore(nextCheck)) {
            checking = true;
            return true;
        }
        return false;
    }

    /** Something changed the vault (an edit, a new token, a setting): check at the next tick. */
    public synchronized void vaultChanged() {
        nextCheck = Instant.MIN;
    }

    /** Loads the vault and starts renewing every due token (blocking: call on a worker). */
    public List<CompletableFuture<Token>> check(Instant now) {
        try {
            Vault vault = store.load();
            List<TokenRef> toRenew = new ArrayList<>();
            Instant earliest = now.plus(RECHECK);
            synchronized (this) {
                backoffs.keySet().removeIf(ref -> vault.token(ref).isEmpty());
                for (Library library : vault.libraries()) {
                    for (Token token : library.tokens()) {
                        TokenRef ref = new TokenRef(library.id(), token.label());
                        Optional<Instant> due = AutoRenewPlanner.dueAt(ref, token, vault.settings());
                        if (due.isEmpty() || coordinator.isRenewing(ref)) {
                            continue;
                        }
                        Instant at = due.get();
                        Backoff backoff = backoffs.get(ref);
                        if (backoff != null && backoff.notBefore().isAfter(at)) {
                            at = backoff.notBefore();
                        }
                        if (!at.isAfter(now)) {
                            toRenew.add(ref);
                        } else if (at.isBefore(earliest)) {
                            earliest = at;
                        }
                    }
                }
                nextCheck = earliest;
            }
            // One journal write for every token due now (after a sleep, that may be hundreds), not one each.
            RenewJournal journal = coordinator.journal();
            journal.sending(toRenew, clock.instant());
            List<CompletableFuture<Token>> started = new ArrayList<>();
            try {
                for (TokenRef ref : toRenew) {
                    started.add(coordinator.renew(ref, vault, null).whenComplete((token, failure) -> ended(ref, failure)));
                }
            } finally {
                CompletableFuture.allOf(started.toArray(CompletableFuture[]::new))
                        .whenComplete((done, failure) -> journal.settled(toRenew));
            }
            return started;
        } finally {
            synchronized (this) {
                checking = false;
            }
        }
    }

    /** The earliest a check is planned (for tests and diagnostics). */
    public synchronized Instant nextCheck() {
        return nextCheck;
    }

    private synchronized void ended(TokenRef ref, Throwable failure) {
        if (failure == null) {
            backoffs.remove(ref);
        } else {
            int failures = backoffs.containsKey(ref) ? backoffs.get(ref).failures() + 1 : 1;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
            if (wait.compareTo(MAX_RETRY) > 0) {
                wait = MAX_RETRY;
            }
            backoffs.put(ref, new Backoff(failures, clock.instant().plus(wait)));
        }
        // The renewed token has a new due time (or a retry time): plan again at the next tick.
        nextCheck = Instant.MIN;
    }
}
