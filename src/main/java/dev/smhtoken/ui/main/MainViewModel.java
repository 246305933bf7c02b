package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.RecentCopies;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.notify.DesktopNotifier;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The main window's state, made of one view model per part (the token list, renew-many, the
 * warnings, the details, the status bar) and what they share: the vault shown, its settings, the
 * clock's ticks and the renew results ({@link RenewResults}: one road back, typed events in
 * batches). No control, no toolkit: UI thread only.
 */
public final class MainViewModel {
    private final TaskExecutor tasks;
    private final ObservableValue<Messages> language;
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings", Settings.DEFAULTS);
    private final TokenListViewModel list;
    private final StatusBarViewModel status;
    private final RowActions actions;
    private final RenewManyViewModel renewMany;
    private final WarningsViewModel warnings;
    private final DetailsViewModel details;
    private final RenewResults renewResults;
    private final RecentCopies recentCopies = new RecentCopies();
    private Instant lastTick = Instant.EPOCH;
    private TokenUseCases useCases;

    /**
     * @param now             the window's clock (the clipboard's countdown follows it)
     * @param language        the language the window speaks; a change says everything again
     * @param clockLooksWrong whether SMH's last answer showed the local clock off by over a minute
     * @param zone            the zone the details show times in
     */
    public MainViewModel(TaskExecutor tasks, TokenClipboard clipboard, ObservableValue<Instant> now,
                         ObservableValue<Messages> language, DesktopNotifier notifier, BooleanSupplier clockLooksWrong,
                         ZoneId zone) {
        this.tasks = tasks;
        this.language = language;
        list = new TokenListViewModel(language::getValue);
        status = new StatusBarViewModel(tasks, clipboard, now, language::getValue, this::useCases, settings);
        actions = new RowActions(tasks, clipboard, this::useCases, language::getValue, status, this::show,
                recentCopies);
        renewMany = new RenewManyViewModel(tasks, language::getValue, this::useCases, status, this::renewEvent);
        warnings = new WarningsViewModel(tasks, notifier, language::getValue,
                refs -> list.rows(refs).forEach(actions::renew));
        details = new DetailsViewModel(language::getValue, settings, zone);
        renewResults = new RenewResults(tasks, list, status, warnings, () -> renewMany, language::getValue,
                clockLooksWrong, actions::renewsShown);
        language.addListener((obs, was, messages) -> {
            list.sayFailuresIn(messages);
            details.refresh();
        });
    }

    private void renewEvent(RenewEvent event) {
        renewResults.add(event);
    }

    public TokenListViewModel list() {
        return list;
    }

    public RowActions actions() {
        return actions;
    }

    /**
     * Copies the token of {@code ref} fresh, as its row's Copy fresh does (for parts that know a
     * token by its reference, such as a finder). False when the list shows no such token.
     */
    public boolean copyFresh(TokenRef ref) {
        TokenEntry row = list.rowsByRef().get(ref);
        if (row == null) {
            return false;
        }
        actions.copyFresh(row);
        return true;
    }

    public RenewManyViewModel renewMany() {
        return renewMany;
    }

    public WarningsViewModel warnings() {
        return warnings;
    }

    public DetailsViewModel details() {
        return details;
    }

    public StatusBarViewModel status() {
        return status;
    }

    /** The tokens this window copied lately, most recent first (every copy it makes is noted). */
    public RecentCopies recentCopies() {
        return recentCopies;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The settings saved in the vault shown now. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The use cases of the vault shown, or null while none is open. */
    public TokenUseCases useCases() {
        return useCases;
    }

    /** Reads the vault on a worker and shows what it holds (it changed outside this window, or a dialog saved). */
    public void reload() {
        TokenUseCases current = useCases;
        if (current != null) {
            tasks.run(() -> current.catalog().load(), this::show, status::fail);
        }
    }

    /**
     * Moves the window onto another vault, showing {@code loaded} (its content, read on a worker
     * just now) at once, so the next frame has the rows; with null the vault is read first.
     */
    public void switchTo(TokenUseCases other, boolean isDemo, Vault loaded) {
        if (useCases != null) {
            renewResults.stopListening(useCases.renewals());
        }
        useCases = other;
        actions.forgetFreshCopies();
        recentCopies.clear();
        renewResults.listenTo(other.renewals());
        warnings.clear();
        list.clear(list.loadedProperty().get());
        demo.set(isDemo);
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
        tasks.run(other.renewals()::interruptedRenews, interrupted -> {
            if (useCases == other && !interrupted.isEmpty()) {
                Messages messages = language.getValue();
                status.setStatus(interrupted.stream().map(renew -> messages.sentence(renew.advice()))
                        .collect(Collectors.joining(" ")));
            }
        }, status::fail);
    }

    /** Drops every row and the tokens in them (the vault was locked); {@link #switchTo} brings them back. */
    public void forget() {
        if (useCases != null) {
            renewResults.stopListening(useCases.renewals());
        }
        useCases = null;
        actions.forgetFreshCopies();
        recentCopies.clear();
        warnings.clear();
        list.clear(false);
    }

    /** Shows a saved vault, keeping the rows (and their renews in flight) that still exist. */
    public void show(Vault vault) {
        if (useCases != null) {
            useCases.autoRenewer().vaultChanged();
        }
        list.show(vault);
        settings.set(vault.settings());
        warnings.recheckSoon();
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

    /**
     * Each tick of the window's clock: auto-renew looks whether something is due (cheap; the check
     * itself runs on a worker), and twice a minute the warnings are worked out from the rows.
     */
    public void onTick(Instant now) {
        lastTick = now;
        list.setNow(now);
        TokenUseCases current = useCases;
        if (current == null) {
            return;
        }
        if (current.autoRenewer().wantsCheck(now)) {
            tasks.run(() -> current.autoRenewer().check(now), started -> { }, status::fail);
        }
        warnings.tick(now, () -> list.asVault(settings.get()));
    }
}
