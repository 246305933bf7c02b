package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.token.RenewOutcome;
import dev.smhtoken.token.TokenRef;

/**
 * What reaches the window from the renew workers, kept in the order it happened and handed to the
 * FX thread in batches. Each kind says itself to a {@link Handler}, so a batch is read without
 * asking any event what it is.
 */
sealed interface RenewEvent {
    void applyTo(Handler handler);

    /** Who reads a batch of events, one call per event. */
    interface Handler {
        void started(TokenRef ref);

        void finished(RenewOutcome outcome);

        void manyFinished(RenewMany.Report report);
    }

    /** A renew of this token went out (a click, auto-renew or renew-many). */
    record Started(TokenRef ref) implements RenewEvent {
        @Override
        public void applyTo(Handler handler) {
            handler.started(ref);
        }
    }

    /** A renew ended, its result saved. */
    record Finished(RenewOutcome outcome) implements RenewEvent {
        @Override
        public void applyTo(Handler handler) {
            handler.finished(outcome);
        }
    }

    /** A renew-many ended: every token it sent has its outcome before this. */
    record ManyFinished(RenewMany.Report report) implements RenewEvent {
        @Override
        public void applyTo(Handler handler) {
            handler.manyFinished(report);
        }
    }
}
