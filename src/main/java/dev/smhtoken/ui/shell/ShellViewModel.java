package dev.smhtoken.ui.shell;

import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UserMessages;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.unlock.UnlockViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's screen flow: claim the data folder, then unlock (or create) the vault, then show the
 * tokens; the refusal when another window holds the folder; the repair of an unreadable vault;
 * lock; the demo; the language. Which screen shows is a property; the shell's view follows it.
 * No toolkit: UI thread only, blocking steps through the task executor.
 */
public final class ShellViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    /** What the window shows. */
    public enum Screen { LOADING, UNLOCK, TOKENS, REFUSAL }

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.LOADING);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private final VaultGate gate;
    private final TaskExecutor tasks;
    private final Workspaces workspaces;
    private final MainViewModel main;
    private final ObjectProperty<Messages> language;
    private final UnlockViewModel unlock;
    private Locale locale;
    private volatile AutoCloseable windowClaim;

    /**
     * @param language the language the window speaks: this model changes it, the views follow it
     * @param locale   the language it speaks now
     */
    public ShellViewModel(VaultGate gate, TaskExecutor tasks, Workspaces workspaces, MainViewModel main,
                          ObjectProperty<Messages> language, Locale locale) {
        this.gate = gate;
        this.tasks = tasks;
        this.workspaces = workspaces;
        this.main = main;
        this.language = language;
        this.locale = locale;
        this.unlock = new UnlockViewModel(gate, tasks, vault -> showTokens(vault, null), language::get);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Why the window refuses to open (another window holds the data folder), or null. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Messages> languageProperty() {
        return language;
    }

    public UnlockViewModel unlock() {
        return unlock;
    }

    public MainViewModel main() {
        return main;
    }

    /** The language the window speaks now. */
    public Locale locale() {
        return locale;
    }

    /** Says everything in another language from now on (the views are rebuilt in it). */
    public void useLanguage(Locale newLocale) {
        if (!newLocale.equals(locale)) {
            locale = newLocale;
            language.set(Messages.forLocale(newLocale));
        }
    }

    /** Claims the data folder, then opens the vault without a question when nothing needs asking. */
    public void enter() {
        tasks.run(() -> {
            windowClaim = gate.claimForWindow();
            VaultGate.Entry entry = gate.enter();
            return new Entered(entry, readAhead(entry.openedOrNull()));
        }, this::entered, this::refuse);
    }

    /** Moves the window onto the demo vault (made on first use), leaving the user's vault. */
    public void startDemo() {
        tasks.run(workspaces::demo, useCases -> {
            workspaces.leave();
            main.switchTo(useCases, true, null);
            screen.set(Screen.TOKENS);
            main.status().setStatus(language.get().get("status.demoStarted"));
        }, failure -> main.status().setStatus(UserMessages.of(failure, language.get())));
    }

    /**
     * Changes the master password of the user's open vault (taking the array over), or null when
     * there is none to change: the demo has the window.
     */
    public Consumer<char[]> passwordChangeOrNull() {
        return main.demoProperty().get() ? null : workspaces::changePassword;
    }

    /** Forgets the vault key and asks for the master password again (only when one protects the vault). */
    public void lock() {
        if (workspaces.lock()) {
            main.forget();
            main.status().setStatus(language.get().get("status.locked"));
            unlock.ask(new VaultGate.Status(VaultGate.State.NEEDS_PASSWORD, null, false));
            screen.set(Screen.UNLOCK);
        }
    }

    private void entered(Entered entered) {
        VaultGate.Entry entry = entered.entry();
        VaultGate.Status status = entry.status();
        if (entry.openedOrNull() != null) {
            showTokens(entry.openedOrNull(), entered.vaultOrNull());
        } else if (!status.newVaultNeedsPassword()
                && status.state() == VaultGate.State.NEW) {
            tasks.run(() -> gate.create(null), vault -> showTokens(vault, null),
                    failure -> askToRepair(UserMessages.of(failure, language.get())));
        } else {
            unlock.ask(status);
            screen.set(Screen.UNLOCK);
            // Key derivation is slow the first time in a process: it warms up while the user types.
            tasks.runQuietly(() -> {
                gate.warmUp();
                return null;
            });
        }
    }

    private void showTokens(VaultGate.OpenVault vault, Vault content) {
        main.switchTo(workspaces.open(vault), false, content);
        screen.set(Screen.TOKENS);
    }

    private void askToRepair(String problem) {
        unlock.askToRepair(problem);
        screen.set(Screen.UNLOCK);
    }

    /** Another window holds the data folder (or it cannot be claimed): say so, and offer nothing else. */
    private void refuse(Throwable failure) {
        refusal.set(UserMessages.of(failure, language.get()));
        screen.set(Screen.REFUSAL);
    }

    /** What the way in found: the entry, and the vault's content when it opened without a question. */
    private record Entered(VaultGate.Entry entry, Vault vaultOrNull) {
    }

    /**
     * Reads the opened vault on the worker that opened it (the store kept what it decrypted), so the
     * frame after it shows the rows instead of "Loading". A failure here is left to the window's
     * own read, which reports it.
     */
    private static Vault readAhead(VaultGate.OpenVault opened) {
        if (opened == null) {
            return null;
        }
        try {
            return opened.load();
        } catch (RuntimeException e) {
            LOG.debug("the vault was not read ahead ({}); the window reads it again", e.getClass().getSimpleName());
            return null;
        }
    }

    /** Releases the data folder for the next window. */
    @Override
    public void close() {
        AutoCloseable claim = windowClaim;
        if (claim != null) {
            try {
                claim.close();
            } catch (Exception e) {
                LOG.warn("could not release the window lock ({}); it goes with the process", e.getClass().getSimpleName());
            }
        }
    }
}
