package dev.smhtoken.cli;

import dev.smhtoken.testing.NoKeychain;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.VaultOpener;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Encrypted vaults for the command-line tests, made in-process with a master password and cheap
 * Argon2id costs. The costs live in the vault's header, so the child JVM opening the vault with
 * that password derives its key just as cheaply: the tests pay for JVM starts, not for key
 * derivation.
 */
final class TestVaults {
    static final String PASSWORD = "correct horse battery staple";

    private static final KeychainAccess NO_KEYCHAIN = NoKeychain.INSTANCE;

    private TestVaults() {
    }

    static Path file(Path dataDir) {
        return opener(dataDir).vaultFile();
    }

    /** Makes an empty vault in {@code dataDir}. */
    static void create(Path dataDir) {
        opener(dataDir).create(PASSWORD.toCharArray());
    }

    /** Opens the vault in {@code dataDir} (each call reads the file anew). */
    static VaultStore open(Path dataDir) {
        return opener(dataDir).open(PASSWORD.toCharArray());
    }

    private static VaultOpener opener(Path dataDir) {
        return new VaultOpener(dataDir, NO_KEYCHAIN, TestKdf.FAST, Clock.systemUTC());
    }
}
