package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.common.UserMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The status bar's state: the last thing that happened (one sentence), the countdown until the
 * copied token leaves the clipboard, and the switch for auto-renewing tokens without a choice of
 * their own. UI thread only.
 */
public final class StatusBarViewModel {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final TaskExecutor tasks;
    private final TokenClipboard clipboard;
    private final ObservableValue<Instant> now;
    private final Supplier<Messages> language;
    private final Supplier<TokenUseCases> useCases;
    private final ObjectProperty<Settings> settings;

    /**
     * @param settings the settings of the vault shown (this model saves one of them)
     * @param useCases the use cases of the vault shown, asked at each use
     */
    StatusBarViewModel(TaskExecutor tasks, TokenClipboard clipboard, ObservableValue<Instant> now,
                       Supplier<Messages> language, Supplier<TokenUseCases> useCases, ObjectProperty<Settings> settings) {
        this.tasks = tasks;
        this.clipboard = clipboard;
        this.now = now;
        this.language = language;
        this.useCases = useCases;
        this.settings = settings;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text == null ? "" : text);
    }

    /** A failure from a worker, said on the status line. */
    void fail(Throwable failure) {
        setStatus(UserMessages.of(failure, language.get()));
    }

    /** Whether a copied token waits to leave the clipboard. */
    BooleanBinding clipboardPending() {
        return clipboard.clearsAtProperty().isNotNull();
    }

    /** "Clipboard clears in 12 s" while a copied token waits, in {@code language}. */
    StringBinding clipboardCountdown(Messages messages) {
        var clearsAt = clipboard.clearsAtProperty();
        return Bindings.createStringBinding(() -> {
            Instant deadline = clearsAt.get();
            if (deadline == null) {
                return "";
            }
            long seconds = Math.max(0, Duration.between(now.getValue(), deadline).toSeconds());
            return messages.format("clipboard.clearsIn", seconds);
        }, clearsAt, now);
    }

    void clearClipboard() {
        clipboard.clearNow();
    }

    /** Changes whether tokens without a choice of their own are auto-renewed. */
    void setAutoRenewByDefault(boolean on) {
        TokenUseCases current = useCases.get();
        if (current == null || settings.get().autoRenewByDefault() == on) {
            return;
        }
        Messages messages = language.get();
        tasks.run(() -> current.catalog().updateSettings(old -> new Settings(old.clipboardTimeout(), on,
                old.renewAheadPercent(), old.renewAheadMinimum(), old.warningLead(), old.theme(), old.language(),
                old.lockAfterIdle(), old.keepRunningInBackground())), saved -> {
                    settings.set(saved);
                    current.autoRenewer().vaultChanged();
                    setStatus(messages.get(on ? "status.autoRenewDefaultOn" : "status.autoRenewDefaultOff"));
                }, this::fail);
    }
}
