package dev.smhtoken.app;

import dev.smhtoken.token.VaultGate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The window's way into the vault, begun on a thread of its own before JavaFX starts: building
 * the vault code, claiming the data folder, asking the OS keychain and decrypting the vault then
 * overlap the toolkit's own start instead of following the first frame. The window's first
 * {@link #claimForWindow()} and {@link #enter()} get what was begun (or its failure, as thrown
 * then); everything else, and any later call, goes to the gate itself.
 */
final class EarlyVaultEntry implements VaultGate {
    private record Begun(VaultGate gate, AutoCloseable claim, Entry entry) {
    }

    private final CompletableFuture<VaultGate> gate;
    private final CompletableFuture<Begun> begun;
    private boolean claimHandedOut;
    private boolean entryHandedOut;

    private EarlyVaultEntry(CompletableFuture<VaultGate> gate, CompletableFuture<Begun> begun) {
        this.gate = gate;
        this.begun = begun;
    }

    /** Starts building the gate with {@code gateMaker} and entering the vault on a daemon thread. */
    static EarlyVaultEntry begin(Supplier<VaultGate> gateMaker) {
        CompletableFuture<VaultGate> gate = new CompletableFuture<>();
        CompletableFuture<Begun> begun = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                VaultGate made = gateMaker.get();
                gate.complete(made);
                AutoCloseable claim = made.claimForWindow();
                begun.complete(new Begun(made, claim, made.enter()));
            } catch (RuntimeException | Error e) {
                gate.completeExceptionally(e);
                begun.completeExceptionally(e);
            }
        }, "smh-early-vault");
        thread.setDaemon(true);
        thread.start();
        return new EarlyVaultEntry(gate, begun);
    }

    @Override
    public synchronized AutoCloseable claimForWindow() {
        if (claimHandedOut) {
            return gate().claimForWindow();
        }
        claimHandedOut = true;
        return begun().claim();
    }

    @Override
    public synchronized Entry enter() {
        if (entryHandedOut || !claimHandedOut) {
            return gate().enter();
        }
        entryHandedOut = true;
        return begun().entry();
    }

    @Override
    public Status status() {
        return gate().status();
    }

    @Override
    public void warmUp() {
        gate().warmUp();
    }

    @Override
    public OpenVault create(char[] passwordOrNull) {
        return gate().create(passwordOrNull);
    }

    @Override
    public OpenVault open(char[] passwordOrNull) {
        return gate().open(passwordOrNull);
    }

    @Override
    public String restoreNewestGoodBackup(char[] passwordOrNull) {
        return gate().restoreNewestGoodBackup(passwordOrNull);
    }

    private VaultGate gate() {
        return unwrapped(gate);
    }

    /** What the early thread did; its failure is thrown here as it was thrown there. */
    private Begun begun() {
        return unwrapped(begun);
    }

    private static <T> T unwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "EarlyVaultEntry";
    }
}
