package dev.smhtoken.ui.main;

import dev.smhtoken.token.ExpiryWarnings;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.RenewListener;
import dev.smhtoken.token.RenewMany;
import dev.smhtoken.token.RenewOutcome;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.FxBatcher;
import dev.smhtoken.ui.notify.DesktopNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import dev.smhtoken.ui.common.Background;
import dev.smhtoken.ui.common.FxThread;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.common.UserMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state and actions, without any control: the libraries and their token rows,
 * loading, renewing, copying and the status line. Blocking work goes to the worker pool; results
 * come back and change state on the FX thread only.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final Background background;
    private final SecretClipboard clipboard;
    private Messages messages;
    private final ObservableList<LibraryEntry> libraries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper(this, "clockWarning");
    private final ReadOnlyObjectWrapper<List<ExpiryWarnings.Warning>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyObjectWrapper<RenewMany.Run> renewManyRun = new ReadOnlyObjectWrapper<>(this, "renewManyRun");
    private final ReadOnlyStringWrapper renewManyProgress = new ReadOnlyStringWrapper(this, "renewManyProgress", "");
    private final ReadOnlyObjectWrapper<RenewMany.Report> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings", Settings.DEFAULTS);
    private final FxBatcher<Object> renewEvents;
    private final RenewListener renewListener;
    private final DesktopNotifier notifier;
    private final BooleanSupplier clockLooksWrong;
    /** What {@link #clockLooksWrong} said after the last renew, read by the FX thread. */
    private volatile boolean clockSkewed;
    private final ExpiryWarnings warned = new ExpiryWarnings();
    private final java.util.Set<TokenRef> dismissed = new java.util.HashSet<>();
    private Instant lastWarningCheck = Instant.MIN;
    private Instant lastTick = Instant.EPOCH;
    private TokenUseCases useCases;

    /**
     * @param timers          paces the hops of renew results onto the FX thread
     * @param fxThread        runs a task on the FX thread
     * @param clockLooksWrong whether SMH's last answer showed the local clock off by over a minute
     */
    public MainViewModel(TokenUseCases useCases, Background background, SecretClipboard clipboard, Messages messages,
                         ScheduledExecutorService timers, java.util.function.Consumer<Runnable> fxThread,
                         DesktopNotifier notifier, BooleanSupplier clockLooksWrong) {
        this.useCases = useCases;
        this.background = background;
        this.clipboard = clipboard;
        this.messages = messages;
        this.notifier = notifier;
        this.clockLooksWrong = clockLooksWrong;
        this.renewEvents = new FxBatcher<>(timers, fxThread, 50, this::applyRenewEvents);
        this.renewListener = new RenewListener() {
            @Override
            public void started(TokenRef ref) {
                renewEvents.add(ref);
            }

            @Override
            public void finished(RenewOutcome outcome) {
                // Asked here, on the worker that made the call: the FX thread never runs SMH client code.
                clockSkewed = clockLooksWrong.getAsBoolean();
                renewEvents.add(outcome);
            }
        };
        if (useCases != null) {
            useCases.renewals().addListener(renewListener);
        }
    }

    /** Changes whether tokens without a choice of their own are auto-renewed. */
    public void setAutoRenewByDefault(boolean on) {
        if (settings.get().autoRenewByDefault() == on) {
            return;
        }
        TokenUseCases current = useCases;
        perform(() -> current.catalog().updateSettings(old -> new dev.smhtoken.token.Settings(old.clipboardTimeout(), on,
                old.renewAheadPercent(), old.renewAheadMinimum(), old.warningLead(), old.theme(), old.language(),
                old.lockAfterIdle())), saved -> {
                    settings.set(saved);
                    current.autoRenewer().vaultChanged();
                    setStatus(messages.get(on ? "status.autoRenewDefaultOn" : "status.autoRenewDefaultOff"));
                }, null);
    }

    /** A sentence when the local clock looks wrong (SMH's clock differs by over a minute), else null. */
    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    /** Tokens not auto-renewed that expire within the warning lead and were not dismissed. */
    public ReadOnlyObjectProperty<List<ExpiryWarnings.Warning>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** The renew-many run in progress, or null. */
    public ReadOnlyObjectProperty<RenewMany.Run> renewManyRunProperty() {
        return renewManyRun.getReadOnlyProperty();
    }

    /** "12 of 200" while a renew-many runs. */
    public ReadOnlyStringProperty renewManyProgressProperty() {
        return renewManyProgress.getReadOnlyProperty();
    }

    /** The report of the last renew-many that had failures (the view shows it). */
    public ReadOnlyObjectProperty<RenewMany.Report> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Speaks another language from now on (the window's content was rebuilt in it), failures shown included. */
    public void setMessages(Messages value) {
        FxThread.check();
        messages = value;
        libraries.forEach(library -> library.tokens().forEach(row -> row.sayFailureIn(value)));
    }

    public ObservableList<LibraryEntry> libraries() {
        return libraries;
    }

    /** False until the first load finished: the start view must not flash before the vault is read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The settings saved in the vault shown now. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public TokenUseCases useCases() {
        return useCases;
    }

    /** Reads the vault on a worker and shows what it holds. */
    public void reload() {
        if (useCases == null) {
            return;
        }
        lastWarningCheck = Instant.MIN;
        perform(() -> useCases.catalog().load(), this::show, null);
    }

    /** Moves the window onto another vault (the demo's); rows of the old one are dropped. */
    public void switchTo(TokenUseCases other, boolean isDemo) {
        switchTo(other, isDemo, null);
    }

    /**
     * Moves the window onto another vault, showing {@code loaded} (its content, read on a worker
     * just now) at once, so the next frame has the rows; without it the vault is read first.
     */
    public void switchTo(TokenUseCases other, boolean isDemo, Vault loaded) {
        FxThread.check();
        if (useCases != null) {
            useCases.renewals().removeListener(renewListener);
        }
        useCases = other;
        other.renewals().addListener(renewListener);
        warnings.set(List.of());
        libraries.clear();
        demo.set(isDemo);
        lastWarningCheck = Instant.MIN;
        if (loaded != null) {
            show(loaded);
        } else {
            reload();
        }
        if (!lastTick.equals(Instant.EPOCH)) {
            // Warnings and auto-renew look at the new vault now, not only at the next tick.
            onTick(lastTick);
        }
        // Renews an earlier run sent and never saved may have lost a new token value: say which.
        perform(other.renewals()::interruptedRenews, interrupted -> {
            if (useCases == other && !interrupted.isEmpty()) {
                setStatus(interrupted.stream().map(renew -> messages.sentence(renew.advice()))
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
        }, null);
    }

    /** Drops every row and the tokens in them (the vault was locked); {@link #switchTo} brings them back. */
    public void forget() {
        FxThread.check();
        if (useCases != null) {
            useCases.renewals().removeListener(renewListener);
        }
        warnings.set(List.of());
        useCases = null;
        libraries.clear();
        loaded.set(false);
    }

    /**
     * Renews a token in the background. Every renew goes through the one coordinator, so a second
     * call while one runs (or while auto-renew or renew-many renews it) sends nothing.
     */
    public void renew(TokenEntry entry) {
        FxThread.check();
        if (entry.token().revokedAt() != null) {
            entry.setFailure(m -> m.format("renew.revoked", entry.ref()), messages);
            return;
        }
        if (entry.isRenewing()) {
            return;
        }
        entry.setFailure(null, messages);
        entry.setRenewing(true);
        useCases.renewals().renew(entry.ref());
    }

    /** Renews the tokens of {@code scope}, at most {@link RenewMany#DEFAULT_CONCURRENCY} at once. */
    public void renewMany(RenewMany.Scope scope) {
        FxThread.check();
        if (renewManyRun.get() != null) {
            return;
        }
        TokenUseCases current = useCases;
        renewManyProgress.set(messages.get("renewMany.starting"));
        perform(() -> current.renewMany().start(scope, RenewMany.DEFAULT_CONCURRENCY), run -> {
            renewManyRun.set(run);
            updateProgress();
            run.finished().thenAccept(report -> renewEvents.add(report));
        }, sentence -> {
            renewManyProgress.set("");
            setStatus(sentence);
        });
    }

    /**
     * Saves the renew results still held for their batch (blocking, briefly): before the window
     * closes or the vault is locked, so that no renewed token SMH already answered is lost.
     */
    public void saveHeldRenews() {
        TokenUseCases current = useCases;
        if (current != null) {
            current.renewals().saveNow();
        }
    }

    /** Stops the running renew-many from sending more requests. */
    public void cancelRenewMany() {
        RenewMany.Run run = renewManyRun.get();
        if (run != null) {
            run.cancel();
            renewManyProgress.set(messages.get("renewMany.cancelling"));
        }
    }

    /** Turns auto-renew on or off for one token. */
    public void setAutoRenew(TokenEntry entry, boolean on) {
        TokenRef ref = entry.ref();
        perform(() -> useCases.catalog().setAutoRenew(ref, on), token -> {
            entry.setToken(token);
            useCases.autoRenewer().vaultChanged();
            setStatus(messages.format(on ? "status.autoRenewOn" : "status.autoRenewOff", ref));
        }, null);
    }

    /** Revokes the token at SMH and marks it revoked. */
    public void revoke(TokenEntry entry) {
        TokenRef ref = entry.ref();
        background.attempt(() -> useCases.revocation().revoke(ref), token -> {
            entry.setToken(token);
            setStatus(messages.format("status.revoked", ref));
        }, failure -> entry.setFailure(m -> UserMessages.of(failure, m), messages));
    }

    /**
     * Replaces a dead token with a new one generated the same way (label, grant, ids, period);
     * the secret is used for that one request and wiped. With {@code secret} null the library's
     * remembered secret is used, and a refusal of it says how to update it.
     */
    public void replace(TokenEntry entry, LibrarySecret secret) {
        TokenRef ref = entry.ref();
        TokenUseCases current = useCases;
        background.attempt(() -> {
            if (secret == null) {
                return current.replacement().replace(ref, null);
            }
            try (secret) {
                return current.replacement().replace(ref, secret);
            }
        }, token -> {
            entry.setFailure(null, messages);
            entry.setToken(token);
            setStatus(messages.format("status.replaced", ref));
        }, failure -> {
            // On the row, and whole on the status line: with a remembered secret no dialog was shown.
            entry.setFailure(m -> UserMessages.of(failure, m), messages);
            setStatus(ref + ": " + UserMessages.of(failure, messages));
        });
    }

    /** Hides the warning banner for these tokens until their expiry changes. */
    public void dismissWarnings() {
        warnings.get().forEach(w -> dismissed.add(w.ref()));
        warnings.set(List.of());
    }

    /** Renews the tokens the warning banner names. */
    public void renewWarned() {
        List<TokenRef> refs = warnings.get().stream().map(ExpiryWarnings.Warning::ref).toList();
        dismissWarnings();
        libraries.forEach(l -> l.tokens().stream().filter(t -> refs.contains(t.ref())).forEach(this::renew));
    }

    /**
     * Each tick of the window's clock: auto-renew looks whether something is due (cheap; the check
     * itself runs on a worker), and twice a minute the warnings are refreshed.
     */
    public void onTick(Instant now) {
        FxThread.check();
        lastTick = now;
        TokenUseCases current = useCases;
        if (current == null) {
            return;
        }
        if (current.autoRenewer().wantsCheck(now)) {
            background.run(() -> current.autoRenewer().check(now), started -> { }, this::setStatus);
        }
        boolean woke = lastWarningCheck.equals(Instant.MIN) || Duration.between(lastWarningCheck, now).abs().compareTo(Duration.ofSeconds(30)) >= 0;
        if (woke) {
            lastWarningCheck = now;
            background.run(() -> {
                Vault vault = current.catalog().load();
                List<ExpiryWarnings.Warning> fresh = warned.newWarnings(vault, now);
                for (ExpiryWarnings.Warning warning : fresh) {
                    notifier.notify(messages.get("app.title"), messages.format("warning.notification",
                            warning.libraryName(), warning.ref().label(), minutesLeft(warning, now)));
                }
                return ExpiryWarnings.current(vault, now);
            }, this::showWarnings, this::setStatus);
        }
    }

    private void showWarnings(List<ExpiryWarnings.Warning> current) {
        dismissed.removeIf(ref -> current.stream().noneMatch(w -> w.ref().equals(ref)));
        warnings.set(current.stream().filter(w -> !dismissed.contains(w.ref())).toList());
    }

    static long minutesLeft(ExpiryWarnings.Warning warning, Instant now) {
        return Math.max(1, Duration.between(now, warning.expiresAt()).toMinutes());
    }

    /** Renew results arrive here in batches, on the FX thread. */
    private void applyRenewEvents(List<Object> events) {
        TokenRef lastRenewed = null;
        boolean reported = false;
        java.util.Set<TokenRef> renewed = new java.util.HashSet<>();
        Map<TokenRef, TokenEntry> rows = rowsByRef();
        for (Object event : events) {
            if (event instanceof TokenRef started) {
                TokenEntry row = rows.get(started);
                if (row != null) {
                    row.setRenewing(true);
                    row.setFailure(null, messages);
                }
            } else if (event instanceof RenewOutcome outcome) {
                TokenEntry row = rows.get(outcome.ref());
                if (row != null) {
                    row.setRenewing(false);
                    if (outcome.token() != null) {
                        row.setToken(outcome.token());
                    }
                    row.setFailure(outcome.succeeded() ? null : m -> UserMessages.of(outcome.failure(), m), messages);
                }
                if (outcome.succeeded()) {
                    lastRenewed = outcome.ref();
                    renewed.add(outcome.ref());
                } else {
                    setStatus(outcome.ref() + ": " + UserMessages.of(outcome.failure(), messages));
                }
            } else if (event instanceof RenewMany.Report report) {
                reported = true;
                renewManyRun.set(null);
                renewManyProgress.set("");
                setStatus(messages.format("status.renewedMany", report.renewed(), report.total(),
                        report.failures().size()));
                if (!report.failures().isEmpty()) {
                    lastReport.set(report);
                }
            }
        }
        if (!renewed.isEmpty()) {
            // A renewed token no longer needs its warning.
            warnings.set(warnings.get().stream().filter(w -> !renewed.contains(w.ref())).toList());
        }
        if (lastRenewed != null && renewManyRun.get() == null && !reported) {
            setStatus(messages.format("status.renewed", lastRenewed));
        }
        updateProgress();
        clockWarning.set(clockSkewed ? messages.get("banner.clockSkew") : null);
    }

    private void updateProgress() {
        RenewMany.Run run = renewManyRun.get();
        if (run != null && !run.isCancelled()) {
            renewManyProgress.set(messages.format("renewMany.progress", run.completed(), run.total()));
        }
    }

    private Map<TokenRef, TokenEntry> rowsByRef() {
        Map<TokenRef, TokenEntry> rows = new HashMap<>();
        libraries.forEach(l -> l.tokens().forEach(t -> rows.put(t.ref(), t)));
        return rows;
    }

    /** Copies the token; it leaves the clipboard again after the timeout. The copy is kept in its history. */
    public void copy(TokenEntry entry) {
        FxThread.check();
        Token token = entry.token();
        clipboard.copy(token.value(), token.expiresAt());
        setStatus(messages.format("status.copied", entry.ref()));
        TokenRef ref = entry.ref();
        TokenUseCases current = useCases;
        background.run(() -> current.history().recordCopy(ref), saved -> {
            if (saved != null && !entry.isRenewing()) {
                entry.setToken(saved);
            }
        }, this::setStatus);
    }

    public void removeToken(TokenEntry entry) {
        perform(() -> {
            useCases.catalog().removeToken(entry.ref());
            return useCases.catalog().load();
        }, vault -> {
            show(vault);
            setStatus(messages.format("status.removedToken", entry.ref()));
        }, null);
    }

    public void removeLibrary(LibraryEntry entry) {
        perform(() -> {
            useCases.catalog().removeLibrary(entry.libraryId());
            return useCases.catalog().load();
        }, vault -> {
            show(vault);
            setStatus(messages.format("status.removedLibrary", entry.library().name()));
        }, null);
    }

    /**
     * Runs a change on a worker and then shows the saved vault. {@code onFailure} (may be null) gets
     * the sentence; without it, the sentence goes to the status line.
     */
    public <T> void perform(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        background.run(work, onSuccess, onFailure != null ? onFailure : this::setStatus);
    }

    /** Shows a saved vault, keeping the rows (and their renews in flight) that still exist. */
    public void show(Vault vault) {
        FxThread.check();
        if (useCases != null) {
            useCases.autoRenewer().vaultChanged();
        }
        Map<String, LibraryEntry> known = new HashMap<>();
        libraries.forEach(l -> known.put(l.libraryId(), l));
        List<LibraryEntry> shown = new ArrayList<>(vault.libraries().size());
        for (Library library : vault.libraries()) {
            LibraryEntry entry = known.computeIfAbsent(library.id(), id -> new LibraryEntry(library));
            entry.setLibrary(library);
            showTokens(entry, library);
            shown.add(entry);
        }
        if (!shown.equals(libraries)) {
            libraries.setAll(shown);
        }
        settings.set(vault.settings());
        loaded.set(true);
    }

    public void setStatus(String text) {
        FxThread.check();
        status.set(text == null ? "" : text);
    }

    private void showTokens(LibraryEntry entry, Library library) {
        Map<String, TokenEntry> known = new HashMap<>();
        entry.tokens().forEach(t -> known.put(t.label(), t));
        List<TokenEntry> shown = new ArrayList<>(library.tokens().size());
        List<TokenEntry> urgent = new ArrayList<>();
        for (Token token : library.tokens()) {
            TokenEntry row = known.computeIfAbsent(token.label(), label -> new TokenEntry(entry, token));
            if (!row.isRenewing()) {
                // An unchanged token is not set again: each set redraws the row and may re-sort the tree.
                if (!token.equals(row.token())) {
                    row.setToken(token);
                }
                if (token.needsNewToken() && row.failure() == null) {
                    row.setFailure(m -> m.get("renew.needsNewToken"), messages);
                }
            }
            // Expired and dead tokens first within their library: they need the user's attention.
            (needsAttention(row.token(), lastTick) ? urgent : shown).add(row);
        }
        shown.addAll(0, urgent);
        if (!shown.equals(entry.tokens())) {
            entry.tokens().setAll(shown);
        }
    }

    private static boolean needsAttention(Token token, Instant now) {
        return token.needsNewToken() || token.state(now) == TokenState.EXPIRED;
    }
}
