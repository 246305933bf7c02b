package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.token.AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait and clear-if-unchanged logic of {@code copy}, on a fake clipboard and a clock that only moves when waited on. */
class ClipboardHoldTest {
    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    private static final AccessToken TOKEN = AccessToken.of("acctk-on-the-clipboard");

    private final MutableClock clock = new MutableClock(START);
    private final FakeClipboard clipboard = new FakeClipboard();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<Duration> shown = new ArrayList<>();

    @Test
    void keepsTheTokenUntilTheDeadlineThenClearsIt() throws InterruptedException {
        ClipboardHold hold = new ClipboardHold(clipboard, clock, pausing(() -> {
            assertEquals(TOKEN.reveal(), clipboard.text, "the token is on the clipboard while waiting");
        }));

        ClipboardHold.Outcome outcome = hold.hold(TOKEN, START.plusSeconds(3), shown::add);

        assertEquals(ClipboardHold.Outcome.CLEARED, outcome);
        assertNull(clipboard.text);
        assertEquals(START.plusSeconds(3), clock.instant(), "cleared at the deadline, not later");
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(1)), shown);
    }

    @Test
    void aDeadlineBetweenSecondsIsMetExactly() throws InterruptedException {
        new ClipboardHold(clipboard, clock, pausing(() -> { })).hold(TOKEN, START.plusMillis(1500), shown::add);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(500)), pauses);
        assertNull(clipboard.text);
    }

    @Test
    void somethingTheUserCopiedMeanwhileIsLeftAloneAndTheWaitEnds() throws InterruptedException {
        ClipboardHold hold = new ClipboardHold(clipboard, clock, pausing(() -> {
            if (clock.instant().equals(START.plusSeconds(2))) {
                clipboard.text = "the user's own text";
            }
        }));

        ClipboardHold.Outcome outcome = hold.hold(TOKEN, START.plusSeconds(30), shown::add);

        assertEquals(ClipboardHold.Outcome.REPLACED_BY_USER, outcome);
        assertEquals("the user's own text", clipboard.text);
        assertEquals(START.plusSeconds(2), clock.instant(), "stopped waiting once the token was gone");
        assertEquals(0, clipboard.clears);
    }

    @Test
    void theInterruptHookClearsOnlyOurToken() throws InterruptedException {
        ClipboardHold hold = new ClipboardHold(clipboard, clock, pausing(() -> { }));
        hold.hold(TOKEN, START, shown::add);
        clipboard.put("later text");
        assertTrue(!hold.clearIfOurs(), "nothing of ours is left to clear");
        assertEquals("later text", clipboard.text);

        ClipboardHold interrupted = new ClipboardHold(clipboard, clock, duration -> {
            throw new InterruptedException("Ctrl+C");
        });
        try {
            interrupted.hold(TOKEN, START.plusSeconds(30), shown::add);
        } catch (InterruptedException expected) {
            // the shutdown hook runs next
        }
        assertEquals(TOKEN.reveal(), clipboard.text);
        assertTrue(interrupted.clearIfOurs());
        assertNull(clipboard.text);
    }

    @Test
    void theDeadlineIsTheTimeoutButNeverPastTheTokensExpiry() {
        assertEquals(START.plusSeconds(30), CopyCommand.deadline(START, Duration.ofSeconds(30), null));
        assertEquals(START.plusSeconds(30), CopyCommand.deadline(START, Duration.ofSeconds(30), START.plusSeconds(31)));
        assertEquals(START.plusSeconds(12), CopyCommand.deadline(START, Duration.ofSeconds(30), START.plusSeconds(12)));
    }

    private Pause pausing(Runnable duringEachPause) {
        return duration -> {
            pauses.add(duration);
            clock.advance(duration);
            duringEachPause.run();
        };
    }

    private static final class FakeClipboard implements TextClipboard {
        String text;
        int clears;

        @Override
        public void put(String value) {
            text = value;
        }

        @Override
        public String current() {
            return text;
        }

        @Override
        public void clear() {
            text = null;
            clears++;
        }
    }
}
