package dev.smhtoken.cli;

import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.VaultOpener;
import dev.smhtoken.vault.VaultStatus;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Makes an empty vault whose key is kept in the OS keychain of the session it runs in (a private
 * D-Bus session with its own gnome-keyring, in the tests), plus the tests' master password, so the
 * test itself can read the vault back without that keychain. Exits 5 when no keychain kept the key.
 */
public final class KeychainVaultChild {
    private KeychainVaultChild() {
    }

    public static void main(String[] args) {
        VaultOpener opener = new VaultOpener(Path.of(args[0]), new OsKeychain(), TestKdf.FAST, Clock.systemUTC());
        opener.create(TestVaults.PASSWORD.toCharArray()).lock();
        System.exit(opener.status().kind() == VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE ? 0 : 5);
    }
}
