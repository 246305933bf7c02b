package dev.smhtoken.cli;

import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultStore;
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

    VaultStore store() {
        return opened().store();
    }

    Vault load() {
        return useCases().catalog().load();
    }

    /** The data folder in use (created if missing); the vault itself is not opened for it. */
    java.nio.file.Path dataFolder() {
        return backend.dataFolder(dataDir);
    }

    /** The data folder the user chose with --data-dir or the environment, or null for the default one. */
    java.nio.file.Path chosenDataFolder() {
        return backend.chosenDataFolder(dataDir).orElse(null);
    }

    /** What the data folder holds, found without asking for a password. */
    dev.smhtoken.token.VaultGate.Status vaultStatus() {
        return backend.vaultStatus(dataDir);
    }

    StdinSecrets stdin() {
        return new StdinSecrets(terminal);
    }

    private OpenedVault opened() {
        if (vault == null) {
            vault = backend.openVault(dataDir, new PasswordSource(terminal));
        }
        return vault;
    }
}
