package dev.smhtoken.ui.tray;

import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.VaultOpener;
import dev.smhtoken.vault.VaultStatus;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Makes an empty vault whose key the OS keychain of the session it runs in keeps (so the window
 * opens it without a question), plus {@link TrayIT#PASSWORD}, so the test can read and change it
 * without that keychain. Exits 5 when no keychain kept the key.
 */
public final class TrayVaultChild {
    private TrayVaultChild() {
    }

    public static void main(String[] args) {
        VaultOpener opener = new VaultOpener(Path.of(args[0]), new OsKeychain(), TestKdf.FAST, Clock.systemUTC());
        opener.create(TrayIT.PASSWORD.toCharArray()).lock();
        System.exit(opener.status().kind() == VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE ? 0 : 5);
    }
}
