package dev.smhtoken.cli;

import dev.smhtoken.token.InterruptedRenew;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultGate;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every command of one run shares: the terminal, the global options, and the vault, opened on
 * first use so that {@code --help} and {@code completion} never touch it.
 */
final class CliSession {
    private final CliBackend backend;
    private final Terminal terminal;
    private String dataDir;
    private boolean debug;
    private OpenedVault vault;

    CliSession(CliBackend backend, Terminal terminal) {
        this.backend = backend;
        this.terminal = terminal;
    }

    void dataDir(String folder) {
        this.dataDir = folder;
    }

    void debug(boolean on) {
        this.debug = on;
    }

    boolean debug() {
        return debug;
    }

    Terminal terminal() {
        return terminal;
    }

    CliBackend backend() {
        return backend;
    }

    Clock clock() {
        return backend.clock();
    }

    TokenUseCases useCases() {
        return opened().useCases();
    }

    Vault load() {
        return useCases().catalog().load();
    }

    /**
     * The opened vault's own file, for the one command that changes the file rather than its
     * contents (passwd); null when the store is not a vault file that has a password.
     */
    VaultGate.OpenVault vaultFile() {
        return opened().store() instanceof VaultGate.OpenVault file ? file : null;
    }

    /** The data folder in use (created if missing); the vault itself is not opened for it. */
    Path dataFolder() {
        return backend.dataFolder(dataDir);
    }

    /** The data folder the user chose with --data-dir or the environment, or null for the default one. */
    Path chosenDataFolder() {
        return backend.chosenDataFolder(dataDir).orElse(null);
    }

    /** What the data folder holds, found without asking for a password. */
    VaultGate.Status vaultStatus() {
        return backend.vaultStatus(dataDir);
    }

    StdinSecrets stdin() {
        return new StdinSecrets(terminal);
    }

    /**
     * Names each renew an earlier run sent and never saved (SMH may have answered it with a new token
     * that is lost), on standard error so that a script reading the output is not disturbed.
     */
    private void warnAboutInterruptedRenews(TokenUseCases useCases) {
        for (InterruptedRenew renew : useCases.renewals().interruptedRenews()) {
            terminal.err().println("warning: " + renew.advice().english());
        }
    }

    private OpenedVault opened() {
        if (vault == null) {
            vault = backend.openVault(dataDir, new PasswordSource(terminal));
            warnAboutInterruptedRenews(vault.useCases());
        }
        return vault;
    }
}
