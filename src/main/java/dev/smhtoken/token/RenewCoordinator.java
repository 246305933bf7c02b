package dev.smhtoken.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The one way a saved token gets renewed: a click on Renew, auto-renew and renew-many all come
 * here. Keyed by {@link TokenRef}, it never has two renews of one token in flight: a request for a
 * token already being renewed joins the running one. Results are saved through a {@link SaveBatcher}
 * (many renews, few writes), with a history event each, and every outcome goes to the listeners.
 * A failure leaves the saved token's value and expiry as they were.
 */
public final class RenewCoordinator {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;
    private final Executor executor;
    private final SaveBatcher saves;
    private final ConcurrentHashMap<TokenRef, CompletableFuture<Token>> inFlight = new ConcurrentHashMap<>();
    private final List<RenewListener> listeners = new CopyOnWriteArrayList<>();

    /** @param executor runs the blocking calls; its size bounds how many renews run at once */
    public RenewCoordinator(SmhGateway smh, VaultStore store, Clock clock, Executor executor) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.saves = new SaveBatcher(store);
    }

    public void addListener(RenewListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RenewListener listener) {
        listeners.remove(listener);
    }

    /** Renews {@code ref} as saved now; joins a renew of it already in flight. */
    public CompletableFuture<Token> renew(TokenRef ref) {
        return renew(ref, null, null);
    }

    public boolean isRenewing(TokenRef ref) {
        return inFlight.containsKey(ref);
    }

    public int inFlightCount() {
        return inFlight.size();
    }

    /**
     * @param snapshot a recently loaded vault to read the token from (saves a file read per token
     *                 when many are renewed), or null to load the vault
     * @param callDone run once SMH answered (before the save), so a caller that bounds how many
     *                 requests are out can send the next one; may be null
     */
    CompletableFuture<Token> renew(TokenRef ref, Vault snapshot, Runnable onCallDone) {
        return renew(ref, snapshot, onCallDone, () -> false);
    }

    /**
     * @param dropped checked just before the request is sent: when true, nothing is sent and the
     *                result fails with a {@link CancellationException} (a cancelled renew-many)
     */
    CompletableFuture<Token> renew(TokenRef ref, Vault snapshot, Runnable onCallDone, BooleanSupplier dropped) {
        Runnable callDone = once(onCallDone);
        CompletableFuture<Token> mine = new CompletableFuture<>();
        CompletableFuture<Token> running = inFlight.putIfAbsent(ref, mine);
        if (running != null) {
            if (callDone != null) {
                running.whenComplete((token, failure) -> callDone.run());
            }
            return running;
        }
        mine.whenComplete((token, failure) -> inFlight.remove(ref, mine));
        listeners.forEach(listener -> listener.started(ref));
        try {
            executor.execute(() -> run(ref, snapshot, callDone, dropped, mine));
        } catch (RejectedExecutionException closing) {
            finish(mine, ref, null, new IllegalStateException("The app is closing; the token was not renewed."),
                    callDone);
        }
        return mine;
    }

    private void run(TokenRef ref, Vault snapshot, Runnable callDone, BooleanSupplier dropped,
                     CompletableFuture<Token> result) {
        Token current;
        try {
            if (dropped.getAsBoolean()) {
                finish(result, ref, null, new CancellationException("cancelled before it was sent"), callDone);
                return;
            }
            Vault vault = snapshot != null ? snapshot : store.load();
            Library library = LibraryCatalog.existing(vault, ref.libraryId());
            current = library.token(ref.label()).orElseThrow(() -> TokenRenewal.missing(ref));
            if (current.revokedAt() != null) {
                throw new InvalidInputException(UserText.of("error.token.revoked", ref));
            }
            // The expiry counts from the moment the request left, so the countdown can only err early.
            Instant sentAt = clock.instant();
            IssuedToken issued;
            try {
                issued = smh.renew(library.address(), current.value());
            } catch (RuntimeException failure) {
                callDone(callDone);
                saveFailure(ref, current, failure, result);
                return;
            }
            callDone(callDone);
            Token renewed = current.renewed(issued, sentAt);
            renewed = renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.RENEWED, renewed.expiresAt()));
            Token fromValue = current;
            Token toSave = renewed;
            saves.submit(latest -> TokenRenewal.stillTheSameToken(latest, ref, fromValue)
                            ? latest.withToken(ref.libraryId(), toSave) : latest,
                    (saved, saveFailure) -> finish(result, ref, saved == null ? null : saved.token(ref).orElse(null),
                            saveFailure, null));
        } catch (RuntimeException failure) {
            // Nothing was sent (the token is gone, revoked or the vault unreadable): nothing to record.
            finish(result, ref, null, failure, callDone);
        }
    }

    private void saveFailure(TokenRef ref, Token current, RuntimeException failure, CompletableFuture<Token> result) {
        TokenEvent event = TokenEvent.failed(clock.instant(), failure);
        saves.submit(latest -> latest.token(ref)
                        .filter(saved -> saved.value().equals(current.value()))
                        .map(saved -> latest.withToken(ref.libraryId(), saved.withEvent(event)))
                        .orElse(latest),
                (saved, saveFailure) -> finish(result, ref, saved == null ? null : saved.token(ref).orElse(null),
                        failure, null));
    }

    private void finish(CompletableFuture<Token> result, TokenRef ref, Token saved, RuntimeException failure,
                        Runnable callDone) {
        callDone(callDone);
        RenewOutcome outcome = new RenewOutcome(ref, saved, failure);
        // Before completing: whoever waits on the result must already see the token as not renewing.
        inFlight.remove(ref, result);
        if (failure == null) {
            result.complete(saved);
        } else {
            result.completeExceptionally(failure);
        }
        listeners.forEach(listener -> listener.finished(outcome));
    }

    private static Runnable once(Runnable action) {
        if (action == null) {
            return null;
        }
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private static void callDone(Runnable callDone) {
        if (callDone != null) {
            callDone.run();
        }
    }
}
