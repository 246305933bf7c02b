package dev.smhtoken.vault;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.VaultGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing the master password through the way both faces use: a new slot, the old password refused. */
class PasswordChangeTest {
    private static final String OLD = "correct horse battery staple";
    private static final String NEW = "a new and longer pass phrase";

    @TempDir
    Path dir;

    private VaultGate gate(InMemoryKeychain keychain) {
        return new VaultOpenerGate(dir, keychain, VaultFixtures.WEAK, Clock.systemUTC());
    }

    private static InMemoryKeychain none() {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        return none;
    }

    @Test
    void theNewPasswordOpensTheVaultTheOldOneIsRefusedAndBackupsKeepTheirs() throws Exception {
        VaultGate.OpenVault vault = gate(none()).create(OLD.toCharArray());
        vault.update(v -> v.withLibrary(VaultSamples.numbered("lib", 1)));
        vault.update(v -> v.withLibrary(VaultSamples.numbered("lib", 2)));

        VaultGate.OpenVault opened = gate(none()).open(OLD.toCharArray());
        char[] replacement = NEW.toCharArray();
        opened.changePassword(replacement);
        assertArrayEquals(new char[replacement.length], replacement, "the new password was not wiped");
        assertEquals(2, opened.load().libraries().size(), "the open vault goes on working");

        assertThrows(WrongPasswordException.class, () -> gate(none()).open(OLD.toCharArray()),
                "the old password is refused as wrong (not as damage)");
        assertEquals(2, gate(none()).open(NEW.toCharArray()).load().libraries().size());
        assertTrue(gate(none()).open(NEW.toCharArray()).hasPassword());

        // The backup of the file as it was before the change still opens with the old password only.
        Path newest = VaultFixtures.withoutKeychain(dir).backups().get(0).file();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(newest, copy.resolve(VaultFolder.ENCRYPTED_FILE));
        assertEquals(2, VaultFixtures.withoutKeychain(copy).open(OLD.toCharArray()).load().libraries().size());
        assertThrows(WrongPasswordException.class, () -> VaultFixtures.withoutKeychain(copy).open(NEW.toCharArray()));
    }

    @Test
    void aVaultTheKeychainAloneOpenedGetsAPasswordAndKeepsItsKeychainSlot() {
        InMemoryKeychain keychain = new InMemoryKeychain();
        VaultGate.OpenVault vault = gate(keychain).create(null);
        assertFalse(vault.hasPassword());
        vault.update(v -> v.withLibrary(VaultSamples.numbered("lib", 1)));

        vault.changePassword(NEW.toCharArray());
        assertTrue(vault.hasPassword(), "it can be locked now");
        assertEquals(1, gate(keychain).open(null).load().libraries().size(), "the keychain still opens it");
        keychain.setAvailable(false);
        assertEquals(1, gate(keychain).open(NEW.toCharArray()).load().libraries().size());
    }

    @Test
    void aTooShortNewPasswordChangesNothing() throws Exception {
        VaultGate.OpenVault vault = gate(none()).create(OLD.toCharArray());
        byte[] before = Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> vault.changePassword("short".toCharArray()));
        assertTrue(refused.getMessage().contains("at least 8 characters"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
        assertEquals(0, gate(none()).open(OLD.toCharArray()).load().libraries().size());
    }
}
