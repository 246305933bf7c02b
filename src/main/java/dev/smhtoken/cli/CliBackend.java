package dev.smhtoken.cli;

import dev.smhtoken.desktop.DesktopJobs;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultGate;
import java.nio.file.Path;
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

    /** The data folder of {@code dataDir} (null: the default one), created if it is missing. */
    Path dataFolder(String dataDir);

    /** The folder the user chose ({@code dataDir}, or {@code SMH_TOKEN_MANAGER_HOME}); empty for the default one. */
    Optional<Path> chosenDataFolder(String dataDir);

    /** What the data folder holds and whether the OS keychain opens it, asking for no password. */
    VaultGate.Status vaultStatus(String dataDir);

    /** This machine's login items and scheduler. */
    DesktopJobs desktopJobs();

    /** The system clipboard, or empty when there is none here (no display). */
    Optional<TextClipboard> systemClipboard();
}
