package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Saves paced by time: while SMH answers are awaited, changes wait for each other (at most one
 * save per hold); alone, last, urgent or asked for, they are saved at once. The clock and the timer
 * are the test's, so nothing here waits.
 */
class SaveBatcherTest {
    private static final Duration HOLD = Duration.ofMillis(250);
    private static final List<Token> NONE = List.of();

    private final CountingStore store = new CountingStore();
    private final AtomicInteger awaited = new AtomicInteger();
    private long nanos = 1_000_000_000L;
    private final List<Timed> timers = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final SaveBatcher batcher = new SaveBatcher(store, HOLD, awaited::get, () -> nanos,
            (delay, task) -> timers.add(new Timed(delay, task)));

    private record Timed(long delayNanos, Runnable task) {
    }

    @Test
    void aChangeWithNoOtherAnswerAwaitedIsSavedAtOnce() {
        batcher.submit(add("a"), tell("a"), false);

        assertEquals(1, store.saves);
        assertEquals(List.of("a"), told);
        assertTrue(store.saved.library("a").isPresent());
        assertTrue(timers.isEmpty());
    }

    @Test
    void whileAnswersAreAwaitedChangesWaitAndAreSavedTogetherAfterTheHold() {
        awaited.set(4);
        batcher.submit(add("first"), tell("first"), false); // nothing saved yet: no reason to wait
        batcher.submit(add("b"), tell("b"), false);
        batcher.submit(add("c"), tell("c"), false);
        batcher.submit(add("d"), tell("d"), false);

        assertEquals(1, store.saves);
        assertEquals(List.of("first"), told);
        assertEquals(3, batcher.queued());
        assertEquals(1, timers.size(), "one timer for the whole batch");
        assertEquals(HOLD.toNanos(), timers.get(0).delayNanos());

        nanos += HOLD.toNanos();
        timers.get(0).task().run();

        assertEquals(2, store.saves, "the three held changes went in one save");
        assertEquals(List.of("first", "b", "c", "d"), told);
        assertEquals(4, store.saved.libraries().size());
    }

    @Test
    void aChangeArrivingAfterTheHoldSavesAtOnceWithWhatWaited() {
        awaited.set(2);
        batcher.submit(add("first"), tell("first"), false);
        batcher.submit(add("b"), tell("b"), false);
        nanos += HOLD.toNanos();
        batcher.submit(add("c"), tell("c"), false);

        assertEquals(2, store.saves);
        assertEquals(List.of("first", "b", "c"), told);
    }

    @Test
    void theLastAwaitedAnswerSavesTheBatchWithoutWaiting() {
        awaited.set(3);
        batcher.submit(add("first"), tell("first"), false);
        batcher.submit(add("b"), tell("b"), false);
        batcher.submit(add("c"), tell("c"), false);
        awaited.set(0);
        batcher.answersChanged();

        assertEquals(2, store.saves);
        assertEquals(0, batcher.queued());
        assertEquals(List.of("first", "b", "c"), told);
    }

    @Test
    void anUrgentChangeIsSavedAtOnceWithEverythingQueued() {
        awaited.set(3);
        batcher.submit(add("first"), tell("first"), false);
        batcher.submit(add("b"), tell("b"), false);
        batcher.submit(add("new-value"), tell("new-value"), true);

        assertEquals(2, store.saves);
        assertEquals(List.of("first", "b", "new-value"), told);
        batcher.submit(add("d"), tell("d"), false);
        assertEquals(2, store.saves, "after the urgent one, pacing goes on as before");
    }

    @Test
    void saveNowSavesWhatIsHeld() {
        awaited.set(3);
        batcher.submit(add("first"), tell("first"), false);
        batcher.submit(add("b"), tell("b"), false);
        batcher.saveNow();

        assertEquals(2, store.saves);
        assertTrue(store.saved.library("b").isPresent());
        batcher.saveNow();
        assertEquals(2, store.saves, "nothing held, nothing written");
    }

    @Test
    void aFailedSaveTellsEveryChangeOfItsBatch() {
        awaited.set(3);
        batcher.submit(add("first"), tell("first"), false);
        batcher.submit(add("b"), tell("b"), false);
        batcher.submit(add("c"), tell("c"), false);
        store.failing = new VaultException(UserText.of("error.vault.locked"));
        batcher.saveNow();

        assertEquals(List.of("first", "b failed", "c failed"), told);
        assertNull(store.saved.library("b").orElse(null));
    }

    @Test
    void aTimerThatCannotBeSetLeavesTheChangeForSaveNow() {
        SaveBatcher closing = new SaveBatcher(store, HOLD, awaited::get, () -> nanos, (delay, task) -> {
            throw new java.util.concurrent.RejectedExecutionException("closing");
        });
        awaited.set(2);
        closing.submit(add("first"), tell("first"), false);
        closing.submit(add("b"), tell("b"), false);
        assertEquals(1, closing.queued());

        closing.saveNow();
        assertEquals(List.of("first", "b"), told);
        assertSame(store.saved, store.load());
    }

    private static UnaryOperator<Vault> add(String libraryId) {
        return vault -> vault.withLibrary(new Library(LibraryAddress.of(libraryId, null), libraryId, NONE));
    }

    private SaveBatcher.SavedCallback tell(String name) {
        return (vault, failure) -> told.add(failure == null ? name : name + " failed");
    }

    /** A store in memory that counts its saves and can be made to fail. */
    private static final class CountingStore implements VaultStore {
        Vault saved = Vault.EMPTY;
        int saves;
        RuntimeException failing;

        @Override
        public Vault load() {
            return saved;
        }

        @Override
        public Vault update(UnaryOperator<Vault> change) {
            if (failing != null) {
                throw failing;
            }
            saved = change.apply(saved);
            saves++;
            return saved;
        }
    }
}
