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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The one way a saved token gets renewed: a click on Renew, auto-renew, renew-many and the command
 * line ({@link TokenRenewal}) all come here, so that one place counts the expiry (from the moment
 * the request was sent), saves and writes history. Keyed by {@link TokenRef}, it never has two
 * renews of one token in flight: a request for a token already being renewed joins the running one.
 * Results are saved through a {@link SaveBatcher} (many renews, few writes: while other answers are
 * awaited, at most one save per {@link SaveBatcher#HOLD}), with a history event each, and every
 * outcome goes to the listeners once it is saved. A result is merged into the vault as it is at
 * save time ({@link Token#withRenewal}), so nothing another process or window saved meanwhile is
 * reverted. A failure leaves the saved token's value and expiry as they were. Every request is
 * noted in the vault's {@link RenewJournal} before it is sent, and settled after its save.
 */
public final class RenewCoordinator {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;
    private final Executor executor;
    private final SaveBatcher saves;
    private final RenewJournal journal;
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
        this.journal = store.renewJournal();
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

    /**
     * Renews {@code ref} as saved now; joins a renew of it already in flight. The result is the token
     * as saved afterwards; if it was removed, revoked or replaced while the call ran (the vault keeps
     * that newer state), the token as SMH renewed it, not saved.
     */
    public CompletableFuture<Token> renew(TokenRef ref) {
        return renew(ref, null, null);
    }

    /**
     * Renews an earlier run of the app (this process before a restart, or another one) sent and
     * never saved the outcome of, that the vault does not show resolved since: each may have lost a
     * new token value SMH answered with. Blocking (file reads): call on a worker, once the vault is
     * open. Resolved ones are forgotten; the others are named again at each start until their token
     * is renewed, replaced, revoked or removed.
     */
    public List<InterruptedRenew> interruptedRenews() {
        return new InterruptedRenews(store, journal).find();
    }

    /** The journal of this vault's renews in flight, for renew-many to note a whole run at once. */
    RenewJournal journal() {
        return journal;
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
        return renew(ref, snapshot, onCallDone, dropped, askedAt, true);
    }

    /**
     * @param noteFailures whether a failed call is written to the token's history (the window's
     *                     renews); false leaves the vault as it was on failure (the command line's)
     */
    CompletableFuture<Token> renew(TokenRef ref, Vault snapshot, Runnable onCallDone, BooleanSupplier dropped,
                                   Instant askedAt, boolean noteFailures) {
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
            executor.execute(() -> run(ref, snapshot, askedAt, noteFailures, callDone, answered, dropped, mine));
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
    private void run(TokenRef ref, Vault snapshot, Instant askedAt, boolean noteFailures, Runnable callDone,
                     Runnable answered, BooleanSupplier dropped, CompletableFuture<Token> result) {
        Library library;
        Token current;
        Instant sentAt;
        try {
            if (dropped.getAsBoolean()) {
                callDone(callDone);
                answered.run();
                finish(result, ref, null, new CancellationException("cancelled before it was sent"), null);
                return;
            }
            Vault vault = snapshot != null ? snapshot : store.load();
            library = LibraryCatalog.existing(vault, ref.libraryId());
            current = library.token(ref.label()).orElseThrow(() -> TokenRenewal.missing(ref));
            if (current.revokedAt() != null) {
                throw new InvalidInputException(UserText.of("error.token.revoked", ref));
            }
            // The expiry counts from the moment the request left (or was asked for, just before), so the
            // countdown can only err early.
            Instant now = clock.instant();
            sentAt = askedAt != null && askedAt.isBefore(now) ? askedAt : now;
            journal.sending(List.of(ref), sentAt);
        } catch (RuntimeException failure) {
            // Nothing was sent (the token is gone, revoked, the vault unreadable): nothing to record.
            callDone(callDone);
            answered.run();
            finish(result, ref, null, failure, null);
            return;
        }
        IssuedToken issued;
        try {
            issued = smh.renew(library.address(), current.value());
        } catch (RuntimeException failure) {
            callDone(callDone);
            answered.run();
            if (noteFailures) {
                saveFailure(ref, current, failure, result);
            } else {
                journal.settled(List.of(ref));
                finish(result, ref, null, failure, null);
            }
            return;
        }
        callDone(callDone);
        answered.run();
        Token fromValue = current;
        Token answeredToken = current.renewed(issued, sentAt)
                .withEventInOrder(TokenEvent.of(sentAt, TokenEvent.Kind.RENEWED, sentAt.plus(issued.expiresIn())));
        Instant sent = sentAt;
        // SMH re-arms the token it was sent and answers with the same value; if it ever answers with
        // another, the old one may be dead, so the new one is saved without waiting for others.
        boolean valueChanged = !issued.token().equals(current.value());
        saves.submit(latest -> TokenRenewal.stillTheSameToken(latest, ref, fromValue)
                        ? latest.withToken(ref.libraryId(), latest.token(ref).orElseThrow().withRenewal(issued, sent))
                        : latest,
                (saved, saveFailure) -> {
                    // A failed save keeps the renew in the journal: SMH's answer is lost, and the next
                    // start says so.
                    if (saveFailure == null) {
                        journal.settled(List.of(ref));
                    }
                    Token savedToken = saved == null ? null : saved.token(ref).orElse(null);
                    Token renewedToken = savedToken != null && savedToken.revokedAt() == null
                            && savedToken.value().equals(issued.token()) ? savedToken : answeredToken;
                    finish(result, ref, savedToken, renewedToken, saveFailure, null);
                }, valueChanged);
    }

    private void saveFailure(TokenRef ref, Token current, RuntimeException failure, CompletableFuture<Token> result) {
        TokenEvent event = TokenEvent.failed(clock.instant(), failure);
        saves.submit(latest -> latest.token(ref)
                        .filter(saved -> saved.value().equals(current.value()))
                        .map(saved -> latest.withToken(ref.libraryId(), saved.withEventInOrder(event)))
                        .orElse(latest),
                (saved, saveFailure) -> {
                    // SMH answered no new value, so even an unsaved failure leaves nothing to warn about.
                    journal.settled(List.of(ref));
                    finish(result, ref, saved == null ? null : saved.token(ref).orElse(null), failure, null);
                }, false);
    }

    private void finish(CompletableFuture<Token> result, TokenRef ref, Token saved, RuntimeException failure,
                        Runnable callDone) {
        finish(result, ref, saved, saved, failure, callDone);
    }

    /**
     * @param saved   the token as saved afterwards, or null when it is no longer saved (for listeners)
     * @param renewed what the result completes with
     */
    private void finish(CompletableFuture<Token> result, TokenRef ref, Token saved, Token renewed,
                        RuntimeException failure, Runnable callDone) {
        callDone(callDone);
        RenewOutcome outcome = new RenewOutcome(ref, saved, failure);
        // Before completing: whoever waits on the result must already see the token as not renewing.
        inFlight.remove(ref, result);
        if (failure == null) {
            result.complete(renewed);
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
        AtomicBoolean ran = new AtomicBoolean();
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
