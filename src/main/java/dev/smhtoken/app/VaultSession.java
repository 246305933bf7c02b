package dev.smhtoken.app;

import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.main.MainViewModel;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The vault the window has open. Watches its file, so that a save by the command line shows in
 * the window within two seconds: one {@code stat} per poll, on the timer thread, never the FX thread.
 */
final class VaultSession implements AutoCloseable {
    static final long POLL_MILLIS = 2_000;
    private final MainViewModel model;
    private final ScheduledExecutorService timers;
    private final Consumer<Runnable> fxThread;
    private VaultGate.OpenVault vault;
    private Object seen;
    private ScheduledFuture<?> watch;

    VaultSession(MainViewModel model, ScheduledExecutorService timers, Consumer<Runnable> fxThread) {
        this.model = model;
        this.timers = timers;
        this.fxThread = fxThread;
    }

    synchronized void open(VaultGate.OpenVault opened) {
        close();
        vault = opened;
        seen = opened.fingerprint();
        watch = timers.scheduleWithFixedDelay(this::reloadIfChanged, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Locks the vault if a password protects it; false when there is nothing to lock. */
    synchronized boolean lock() {
        if (vault == null || !vault.hasPassword()) {
            return false;
        }
        VaultGate.OpenVault locking = vault;
        close();
        // Renews SMH already answered reach the vault before its key is wiped.
        model.saveHeldRenews();
        locking.lock();
        return true;
    }

    /** Whether the user's own vault is open (not locked, not the demo). */
    synchronized boolean isOpen() {
        return vault != null;
    }

    /**
     * Changes the open vault's master password; runs Argon2id, so call it from a worker. The save
     * is the window's own, so it does not come back as a reload.
     */
    void changePassword(char[] newPassword) {
        VaultGate.OpenVault open;
        synchronized (this) {
            open = vault;
        }
        if (open == null) {
            java.util.Arrays.fill(newPassword, '\0');
            throw new dev.smhtoken.token.VaultException(dev.smhtoken.token.UserText.of("error.vault.locked"));
        }
        open.changePassword(newPassword);
        synchronized (this) {
            if (vault == open) {
                seen = open.fingerprint();
            }
        }
    }

    private void reloadIfChanged() {
        Object now;
        synchronized (this) {
            if (vault == null) {
                return;
            }
            now = vault.fingerprint();
            if (Objects.equals(now, seen)) {
                return;
            }
            seen = now;
        }
        fxThread.accept(model::reload);
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
        vault = null;
    }
}
