package dev.smhtoken.cli;

import dev.smhtoken.token.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Puts a token on the clipboard and keeps it there until a deadline, then takes it off again, the
 * way the window does: cleared only if the clipboard still holds our token (something the user
 * copied since is left alone), and the wait ends early once it does not.
 */
final class ClipboardHold {
    private static final Duration STEP = Duration.ofSeconds(1);

    private final TextClipboard clipboard;
    private final Clock clock;
    private final Pause pause;
    private String ours;

    ClipboardHold(TextClipboard clipboard, Clock clock, Pause pause) {
        this.clipboard = clipboard;
        this.clock = clock;
        this.pause = pause;
    }

    /** How the wait ended. */
    enum Outcome { CLEARED, REPLACED_BY_USER }

    /**
     * Copies {@code token}, waits until {@code deadline} telling {@code countdown} the time left
     * about once a second, then clears.
     */
    Outcome hold(AccessToken token, Instant deadline, Consumer<Duration> countdown) throws InterruptedException {
        synchronized (this) {
            ours = token.reveal();
            clipboard.put(ours);
        }
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return clearIfOurs() ? Outcome.CLEARED : Outcome.REPLACED_BY_USER;
            }
            if (!stillOurs()) {
                forget();
                return Outcome.REPLACED_BY_USER;
            }
            countdown.accept(left);
            pause.pause(left.compareTo(STEP) < 0 ? left : STEP);
        }
    }

    /** Clears the clipboard if it still holds our token (also from the Ctrl+C hook); true if it did. */
    synchronized boolean clearIfOurs() {
        boolean ourTokenIsThere = stillOurs();
        if (ourTokenIsThere) {
            clipboard.clear();
        }
        ours = null;
        return ourTokenIsThere;
    }

    private synchronized boolean stillOurs() {
        return ours != null && ours.equals(clipboard.current());
    }

    private synchronized void forget() {
        ours = null;
    }
}
