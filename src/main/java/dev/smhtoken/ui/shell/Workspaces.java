package dev.smhtoken.ui.shell;

import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultGate;

/**
 * The vaults the window can work on, as the shell asks for them: the user's, once opened, and the
 * demo's. Built by the composition root, which knows how use cases are made.
 */
public interface Workspaces {
    /** Starts working on the user's opened vault: its use cases, its file watched for changes made elsewhere. */
    TokenUseCases open(VaultGate.OpenVault vault);

    /** The demo's use cases, made on first use. Blocking (it starts a local server): call from a worker. */
    TokenUseCases demo();

    /** Locks the user's vault if a password protects it, held renews saved first; false when nothing was locked. */
    boolean lock();

    /**
     * Changes the user's open vault's master password, taking the array over (wiped); blocking
     * (Argon2id): call from a worker. The save is the window's own: it comes back as no reload.
     */
    void changePassword(char[] newPassword);

    /** Stops working on the user's vault (the demo takes the window). */
    void leave();
}
