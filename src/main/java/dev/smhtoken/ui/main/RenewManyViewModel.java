package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Renew-many's state: the run in progress and how far it got, its cancel, and the report of the
 * last run that had failures. The tokens themselves renew through the one renew path; their rows
 * follow from the renew events. UI thread only.
 */
public final class RenewManyViewModel {
    private final ReadOnlyObjectWrapper<RenewMany.Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyObjectWrapper<RenewMany.Report> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final TaskExecutor tasks;
    private final Supplier<Messages> language;
    private final Supplier<TokenUseCases> useCases;
    private final StatusBarViewModel status;
    private final Consumer<RenewEvent> events;

    /** @param events where the end of a run is reported, behind the outcomes of its renews */
    RenewManyViewModel(TaskExecutor tasks, Supplier<Messages> language, Supplier<TokenUseCases> useCases,
                       StatusBarViewModel status, Consumer<RenewEvent> events) {
        this.tasks = tasks;
        this.language = language;
        this.useCases = useCases;
        this.status = status;
        this.events = events;
    }

    /** The run in progress, or null. */
    public ReadOnlyObjectProperty<RenewMany.Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return run.isNotNull();
    }

    /** "12 of 200" while a run goes on. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The report of the last run that had failures (the view shows it). */
    public ReadOnlyObjectProperty<RenewMany.Report> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Renews the tokens of {@code scope}, at most {@link RenewMany#DEFAULT_CONCURRENCY} at once. */
    public void start(RenewMany.Scope scope) {
        TokenUseCases current = useCases.get();
        if (run.get() != null || current == null) {
            return;
        }
        Messages messages = language.get();
        progress.set(messages.get("renewMany.starting"));
        tasks.run(() -> current.renewMany().start(scope, RenewMany.DEFAULT_CONCURRENCY), started -> {
            run.set(started);
            showProgress();
            started.finished().thenAccept(report -> events.accept(new RenewEvent.ManyFinished(report)));
        }, failure -> {
            progress.set("");
            status.fail(failure);
        });
    }

    /** Stops the running renew-many from sending more requests. */
    public void cancel() {
        RenewMany.Run running = run.get();
        if (running != null) {
            running.cancel();
            Messages messages = language.get();
            progress.set(messages.get("renewMany.cancelling"));
        }
    }

    /** After each batch of renew results: how far the run got. */
    void showProgress() {
        RenewMany.Run running = run.get();
        if (running != null && !running.isCancelled()) {
            Messages messages = language.get();
            progress.set(messages.format("renewMany.progress", running.completed(), running.total()));
        }
    }

    /** The run ended: its outcome goes to the status line, and its failures to a report. */
    void finished(RenewMany.Report report) {
        run.set(null);
        progress.set("");
        Messages messages = language.get();
        status.setStatus(messages.format("status.renewedMany", report.renewed(), report.total(),
                report.failures().size()));
        if (!report.failures().isEmpty()) {
            lastReport.set(report);
        }
    }
}
