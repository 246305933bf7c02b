package dev.smhtoken.cli;

import dev.smhtoken.token.VaultException;
import java.time.Clock;
import java.util.Optional;

/** What the command line needs from the composition root, which builds and owns all of it. */
public interface CliBackend {
    /**
     * Opens the vault of {@code dataDir} (null: the default folder, or {@code SMH_TOKEN_MANAGER_HOME}).
     *
     * @param password asked only if the vault needs a master password
     * @throws VaultException the vault is locked, the password is wrong or the file is unreadable
     */
    OpenedVault openVault(String dataDir, PasswordSource password);

    Clock clock();

    /** The system clipboard, or empty when there is none here (no display). */
    Optional<TextClipboard> systemClipboard();
}
