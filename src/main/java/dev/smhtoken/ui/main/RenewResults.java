package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewCoordinator;
import dev.smhtoken.token.RenewListener;
import dev.smhtoken.token.RenewMany;
import dev.smhtoken.token.RenewOutcome;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UiBatcher;
import dev.smhtoken.ui.common.UserMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one road renew results take back to the window, whoever asked for the renew (a click,
 * auto-renew, renew-many): the renew path's listener turns them into typed events, the task
 * executor brings them onto the UI thread in ordered batches, and each event goes to its row and
 * to the parts it concerns.
 */
final class RenewResults {
    /** Renew results reach the UI thread at most this often, however many arrive. */
    static final long BATCH_MILLIS = 50;
    private final TokenListViewModel list;
    private final StatusBarViewModel status;
    private final WarningsViewModel warnings;
    private final Supplier<RenewManyViewModel> renewMany;
    private final Supplier<Messages> language;
    private final UiBatcher<RenewEvent> events;
    private final RenewListener listener;
    /** Hears, after each batch, which renews' outcomes reached their rows (copy fresh waits for that). */
    private final Consumer<List<TokenRef>> afterShown;
    /** What the SMH client said of the local clock after the last renew, read by the UI thread. */
    private volatile boolean clockSkewed;
    /**
     * True from a renew-many's report until the next renew starts: the report's sentence stays on the
     * status line. (The last outcome of a run is heard just after its report.)
     */
    private boolean reportStands;

    /**
     * @param clockLooksWrong whether SMH's last answer showed the local clock off by over a minute
     * @param afterShown      told after each batch which renews ended in it, once rows and status show them
     */
    RenewResults(TaskExecutor tasks, TokenListViewModel list, StatusBarViewModel status, WarningsViewModel warnings,
                 Supplier<RenewManyViewModel> renewMany, Supplier<Messages> language, BooleanSupplier clockLooksWrong,
                 Consumer<List<TokenRef>> afterShown) {
        this.afterShown = afterShown;
        this.list = list;
        this.status = status;
        this.warnings = warnings;
        this.renewMany = renewMany;
        this.language = language;
        this.events = new UiBatcher<>(tasks, BATCH_MILLIS, this::apply);
        this.listener = new RenewListener() {
            @Override
            public void started(TokenRef ref) {
                events.add(new RenewEvent.Started(ref));
            }

            @Override
            public void finished(RenewOutcome outcome) {
                // Asked here, on the worker that made the call: the UI thread never runs SMH client code.
                clockSkewed = clockLooksWrong.getAsBoolean();
                events.add(new RenewEvent.Finished(outcome));
            }
        };
    }

    void listenTo(RenewCoordinator renewals) {
        renewals.addListener(listener);
    }

    void stopListening(RenewCoordinator renewals) {
        renewals.removeListener(listener);
    }

    /** Any thread: an event for the next batch (a renew-many's end, behind its outcomes). */
    void add(RenewEvent event) {
        events.add(event);
    }

    /** A batch of renew events, in the order they happened, on the UI thread. */
    private void apply(List<RenewEvent> batch) {
        BatchReader reader = new BatchReader(list.rowsByRef());
        batch.forEach(event -> event.applyTo(reader));
        warnings.renewed(reader.renewed);
        if (reader.lastRenewed != null && renewMany.get().runProperty().get() == null && !reportStands) {
            status.setStatus(language.get().format("status.renewed", reader.lastRenewed));
        }
        renewMany.get().showProgress();
        warnings.clockLooksWrong(clockSkewed);
        if (!reader.finished.isEmpty()) {
            afterShown.accept(reader.finished);
        }
    }

    /** Reads one batch: each event to its row and part, and what the batch adds up to. */
    private final class BatchReader implements RenewEvent.Handler {
        private final Map<TokenRef, TokenEntry> rows;
        private final Set<TokenRef> renewed = new HashSet<>();
        private TokenRef lastRenewed;
        private final List<TokenRef> finished = new ArrayList<>();

        BatchReader(Map<TokenRef, TokenEntry> rows) {
            this.rows = rows;
        }

        @Override
        public void started(TokenRef ref) {
            reportStands = false;
            TokenEntry row = rows.get(ref);
            if (row != null) {
                list.renewStarted(row);
            }
        }

        @Override
        public void finished(RenewOutcome outcome) {
            finished.add(outcome.ref());
            TokenEntry row = rows.get(outcome.ref());
            if (row != null) {
                list.renewFinished(row, outcome);
            }
            if (outcome.succeeded()) {
                lastRenewed = outcome.ref();
                renewed.add(outcome.ref());
            } else if (!TokenListViewModel.notSent(outcome) && !reportStands) {
                status.setStatus(outcome.ref() + ": " + UserMessages.of(outcome.failure(), language.get()));
            }
        }

        @Override
        public void manyFinished(RenewMany.Report report) {
            reportStands = true;
            renewMany.get().finished(report);
        }
    }
}
