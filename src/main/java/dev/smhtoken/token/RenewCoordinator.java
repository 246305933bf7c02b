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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The one way a saved token gets renewed: a click on Renew, auto-renew and renew-many all come
 * here. Keyed by {@link TokenRef}, it never has two renews of one token in flight: a request for a
 * token already being renewed joins the running one. Results are saved through a {@link SaveBatcher}
 * (many renews, few writes: while other answers are awaited, at most one save per
 * {@link SaveBatcher#HOLD}), with a history event each, and every outcome goes to the listeners
 * once it is saved. A failure leaves the saved token's value and expiry as they were.
 */
public final class RenewCoordinator {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;
    private final Executor executor;
    private final SaveBatcher saves;
    private final ConcurrentHashMap<TokenRef, CompletableFuture<Token>> inFlight = new ConcurrentHashMap<>();
    /** Renews started whose SMH answer has not come yet: while there are some, saves wait for them. */
    private final AtomicInteger answersAwaited = new AtomicInteger();
    private final List<RenewListener> listeners = new CopyOnWriteArrayList<>();

    /** @param executor runs the blocking calls; its size bounds how many renews run at once */
    public RenewCoordinator(SmhGateway smh, VaultStore store, Clock clock, Executor executor) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.saves = new SaveBatcher(store, SaveBatcher.HOLD, answersAwaited::get, System::nanoTime,
                (delayNanos, task) -> CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, executor)
                        .execute(task));
    }

    /**
     * Saves every renew result still waiting for its batch, before this returns. Call before the
     * vault is closed or locked, so that nothing SMH already answered is left unsaved.
     */
    public void saveNow() {
        saves.saveNow();
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
        return renew(ref, snapshot, onCallDone, () -> false, null);
    }

    /**
     * @param dropped checked just before the request is sent: when true, nothing is sent and the
     *                result fails with a {@link CancellationException} (a cancelled renew-many)
     * @param askedAt when the renew was asked for, or null for now; the expiry counts from it when
     *                the request leaves later (never earlier, so the countdown can only err early).
     *                A renew-many passes the moment it dispatched each token, so the new expiries
     *                keep the order it renewed them in.
     */
    CompletableFuture<Token> renew(TokenRef ref, Vault snapshot, Runnable onCallDone, BooleanSupplier dropped,
                                   Instant askedAt) {
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
        tellListeners(listener -> listener.started(ref));
        answersAwaited.incrementAndGet();
        Runnable answered = once(this::answerCame);
        try {
            executor.execute(() -> run(ref, snapshot, askedAt, callDone, answered, dropped, mine));
        } catch (RejectedExecutionException closing) {
            // Possibly the FX thread: no save here; whoever closes the pool calls saveNow.
            answersAwaited.decrementAndGet();
            finish(mine, ref, null, new IllegalStateException("The app is closing; the token was not renewed."),
                    callDone);
        }
        return mine;
    }

    private void answerCame() {
        if (answersAwaited.decrementAndGet() == 0) {
            saves.answersChanged();
        }
    }

    /**
     * @param answered run once SMH answered or nothing will be sent, after {@code callDone} (which may
     *                 start the next renew, so a renew-many never looks finished between two requests)
     */
    private void run(TokenRef ref, Vault snapshot, Instant askedAt, Runnable callDone, Runnable answered,
                     BooleanSupplier dropped, CompletableFuture<Token> result) {
        Token current;
        try {
            if (dropped.getAsBoolean()) {
                callDone(callDone);
                answered.run();
                finish(result, ref, null, new CancellationException("cancelled before it was sent"), null);
                return;
            }
            Vault vault = snapshot != null ? snapshot : store.load();
            Library library = LibraryCatalog.existing(vault, ref.libraryId());
            current = library.token(ref.label()).orElseThrow(() -> TokenRenewal.missing(ref));
            if (current.revokedAt() != null) {
                throw new InvalidInputException(UserText.of("error.token.revoked", ref));
            }
            // The expiry counts from the moment the request left (or was asked for, just before), so the
            // countdown can only err early.
            Instant now = clock.instant();
            Instant sentAt = askedAt != null && askedAt.isBefore(now) ? askedAt : now;
            IssuedToken issued;
            try {
                issued = smh.renew(library.address(), current.value());
            } catch (RuntimeException failure) {
                callDone(callDone);
                answered.run();
                saveFailure(ref, current, failure, result);
                return;
            }
            callDone(callDone);
            answered.run();
            Token renewed = current.renewed(issued, sentAt);
            renewed = renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.RENEWED, renewed.expiresAt()));
            Token fromValue = current;
            Token toSave = renewed;
            // SMH re-arms the token it was sent and answers with the same value; if it ever answers with
            // another, the old one may be dead, so the new one is saved without waiting for others.
            boolean valueChanged = !issued.token().equals(current.value());
            saves.submit(latest -> TokenRenewal.stillTheSameToken(latest, ref, fromValue)
                            ? latest.withToken(ref.libraryId(), toSave) : latest,
                    (saved, saveFailure) -> finish(result, ref, saved == null ? null : saved.token(ref).orElse(null),
                            saveFailure, null), valueChanged);
        } catch (RuntimeException failure) {
            // Nothing was sent (the token is gone, revoked or the vault unreadable): nothing to record.
            callDone(callDone);
            answered.run();
            finish(result, ref, null, failure, null);
        }
    }

    private void saveFailure(TokenRef ref, Token current, RuntimeException failure, CompletableFuture<Token> result) {
        TokenEvent event = TokenEvent.failed(clock.instant(), failure);
        saves.submit(latest -> latest.token(ref)
                        .filter(saved -> saved.value().equals(current.value()))
                        .map(saved -> latest.withToken(ref.libraryId(), saved.withEvent(event)))
                        .orElse(latest),
                (saved, saveFailure) -> finish(result, ref, saved == null ? null : saved.token(ref).orElse(null),
                        failure, null), false);
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
        tellListeners(listener -> listener.finished(outcome));
    }

    /**
     * A listener's own failure must not stop a renew: not the other listeners, not the other renews
     * saved in the same batch, not the renew-many waiting for them.
     */
    private void tellListeners(java.util.function.Consumer<RenewListener> message) {
        for (RenewListener listener : listeners) {
            try {
                message.accept(listener);
            } catch (RuntimeException listenerFailed) {
                // Its failure is its own; the renew's outcome stands.
            }
        }
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
