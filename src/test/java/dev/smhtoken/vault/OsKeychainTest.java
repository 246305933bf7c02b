package dev.smhtoken.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real java-keyring adapter, against whatever credential store this machine has. On a headless
 * build machine there is none (no D-Bus session), and everything must degrade without throwing; on
 * a desktop with an unlocked keyring the same calls store, read and delete for real.
 */
class OsKeychainTest {
    @TempDir
    Path dir;

    private final OsKeychain keychain = new OsKeychain();

    @Test
    void everyCallDegradesOrWorksButNeverThrows() {
        String account = "test-" + UUID.randomUUID();
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        boolean available = keychain.isAvailable();
        boolean stored = keychain.store(account, secret);
        Optional<byte[]> read = keychain.read(account);
        keychain.delete(account);
        if (!available) {
            assertFalse(stored);
            assertTrue(read.isEmpty());
        } else if (stored) {
            assertTrue(read.isPresent() && Arrays.equals(secret, read.get()));
            assertTrue(keychain.read(account).isEmpty(), "deleted");
        }
    }

    @Test
    void aVaultOnThisMachineUsesTheKeychainWhenItWorksAndThePasswordOtherwise() throws Exception {
        VaultOpener opener = new VaultOpener(dir, keychain, VaultFixtures.WEAK, Clock.systemUTC());
        EncryptedVaultStore store = opener.create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        Optional<KeySlot> keychainSlot = VaultFileFormat.parse(Files.readAllBytes(store.file())).header().keychainSlot();
        try {
            if (keychainSlot.isPresent()) {
                assertEquals(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE, opener.status().kind());
                assertEquals(VaultSamples.rich(), opener.open(null).load());
            } else {
                assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
                assertThrows(PasswordRequiredException.class, () -> opener.open(null));
            }
            assertEquals(VaultSamples.rich(), opener.open(VaultFixtures.pw()).load());
        } finally {
            keychainSlot.ifPresent(slot -> keychain.delete(VaultOpener.KEYCHAIN_ACCOUNT_PREFIX + slot.id()));
        }
    }
}
