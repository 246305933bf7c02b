package dev.smhtoken.app;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.ui.shell.Workspaces;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The vault the window has open. Watches its file, so that a save by the command line shows in
 * the window within two seconds: one {@code stat} per poll, on the timer thread, never the FX thread.
 * The window's own saves go through {@link #open}'s store, which notes the file they leave, so they
 * never come back to the window as a reload: the rows already show what was saved.
 */
final class VaultSession implements AutoCloseable {
    static final long POLL_MILLIS = 2_000;
    private final ScheduledExecutorService timers;
    private final Runnable changedElsewhere;
    private final Runnable saveHeld;
    private VaultGate.OpenVault vault;
    private Object seen;
    /** The files the window's own last saves left (renew workers save in turn, each noting its own). */
    private final Set<Object> ownSaves = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
            return size() > 8;
        }
    });
    private ScheduledFuture<?> watch;

    /**
     * @param changedElsewhere called (on the timer thread) when another program changed the file
     * @param saveHeld         saves the renews held for their batch, before the vault is locked
     */
    VaultSession(ScheduledExecutorService timers, Runnable changedElsewhere, Runnable saveHeld) {
        this.timers = timers;
        this.changedElsewhere = changedElsewhere;
        this.saveHeld = saveHeld;
    }

    /** Watches {@code opened}; the window saves through the store returned, so its saves are known. */
    synchronized VaultStore open(VaultGate.OpenVault opened) {
        close();
        vault = opened;
        seen = opened.fingerprint();
        ownSaves.clear();
        watch = timers.scheduleWithFixedDelay(this::reloadIfChanged, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return new OwnSaves(opened);
    }

    /** Locks the vault if a password protects it; false when there is nothing to lock. */
    synchronized boolean lock() {
        if (vault == null || !vault.hasPassword()) {
            return false;
        }
        VaultGate.OpenVault locking = vault;
        close();
        // Renews SMH already answered reach the vault before its key is wiped.
        saveHeld.run();
        locking.lock();
        return true;
    }

    /**
     * Changes the open vault's master password (see {@link Workspaces#changePassword}); the file it
     * leaves counts as the window's own save.
     */
    void changePassword(char[] newPassword) {
        VaultGate.OpenVault open;
        synchronized (this) {
            open = vault;
        }
        if (open == null) {
            Arrays.fill(newPassword, '\0');
            throw new VaultException(UserText.of("error.vault.locked"));
        }
        Object before = open.fingerprint();
        open.changePassword(newPassword);
        saved(open, before, open.fingerprint());
    }

    /** One look at the file (the timer does this every two seconds). */
    void reloadIfChanged() {
        synchronized (this) {
            if (vault == null) {
                return;
            }
            Object now = vault.fingerprint();
            if (Objects.equals(now, seen) || ownSaves.contains(now)) {
                return;
            }
            seen = now;
        }
        changedElsewhere.run();
    }

    /**
     * After a save of the window's own, the file it left counts as seen, unless the file it started
     * from was changed elsewhere (neither seen nor left by a save of ours): then the next poll still
     * reloads, so the window shows that change too.
     */
    private void saved(VaultGate.OpenVault store, Object before, Object after) {
        synchronized (this) {
            if (store == vault && (Objects.equals(before, seen) || ownSaves.contains(before))) {
                seen = after;
                ownSaves.add(after);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
        vault = null;
    }

    /** The open vault as the window's use cases see it: every save noted. */
    private final class OwnSaves implements VaultStore {
        private final VaultGate.OpenVault store;

        OwnSaves(VaultGate.OpenVault store) {
            this.store = store;
        }

        @Override
        public Vault load() {
            return store.load();
        }

        @Override
        public Vault update(UnaryOperator<Vault> change) {
            // Looked at inside the change, under the store's lock: the file this save starts from.
            Object[] before = new Object[1];
            Vault saved = store.update(vault -> {
                before[0] = store.fingerprint();
                return change.apply(vault);
            });
            saved(store, before[0], store.fingerprint());
            return saved;
        }
    }
}
