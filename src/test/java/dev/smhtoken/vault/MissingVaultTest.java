package dev.smhtoken.vault;

import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultUnreadableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data folder whose vault file went away, or was replaced by another vault's, loses nothing. */
class MissingVaultTest {
    @TempDir
    Path dir;

    private EncryptedVaultStore vaultWithSaves(Path folder, String name, int saves) {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(folder).create(VaultFixtures.pw());
        for (int i = 1; i <= saves; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered(name, n)));
        }
        return store;
    }

    @Test
    void aMissingVaultFileBesideItsBackupsStartsNoNewVault() throws Exception {
        EncryptedVaultStore open = vaultWithSaves(dir, "lib", 3);
        Path file = open.file();
        Files.move(file, dir.resolve("moved-away.smhv"));
        List<byte[]> backupsBefore = backupBytes();

        VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind(), "a missing vault beside backups is not a new one");
        String sentence = status.message().english();
        assertTrue(sentence.startsWith("The vault file " + file + " is missing, but what is left of a vault is still"
                + " there (" + dir.resolve(VaultFolder.BACKUPS_FOLDER) + ")"), sentence);
        assertTrue(sentence.contains("restore the newest backup that opens"), sentence);

        assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()));
        assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create("another password".toCharArray()));
        // The window's way in sends it to the repair view.
        VaultOpenerGate gate = new VaultOpenerGate(dir, noKeychain(), VaultFixtures.WEAK, Clock.systemUTC());
        assertThrows(VaultUnreadableException.class, () -> gate.open(VaultFixtures.pw()));
        // A store that had the vault open does not start it afresh either.
        assertThrows(VaultException.class, () -> open.update(v -> v.withLibrary(VaultSamples.numbered("new", 1))));
        assertThrows(VaultException.class, open::load);

        assertFalse(Files.exists(file), "a vault file was made");
        assertEquals(backupsBefore.size(), backupBytes().size());
        for (int i = 0; i < backupsBefore.size(); i++) {
            assertArrayEquals(backupsBefore.get(i), backupBytes().get(i), "backup " + i + " changed");
        }

        // The repair view's restore brings the newest backup back, which opens with the password.
        gate.restoreNewestGoodBackup(VaultFixtures.pw());
        Vault restored = VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load();
        assertEquals(2, restored.libraries().size(), "the backup saved before the last save");
    }

    @Test
    void aFileSetAsideByARestoreAlsoCountsAsWhatIsLeftOfAVault() throws Exception {
        vaultWithSaves(dir, "lib", 0);
        Files.move(dir.resolve(VaultFolder.ENCRYPTED_FILE), dir.resolve("vault-unreadable-20261201T000000.000Z.smhv"));
        VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
        assertTrue(status.message().english().contains("vault-unreadable-20261201T000000.000Z.smhv"),
                status.message().english());
        assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()));
        assertFalse(Files.exists(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
    }

    @Test
    void backupsOfAnotherVaultAreNeverRotatedAway() throws Exception {
        vaultWithSaves(dir, "mine", 3);
        List<byte[]> mine = backupBytes();
        assertEquals(3, mine.size());

        // Another vault's file (another key, the same password) put in this one's place, then saved often.
        Path other = Files.createDirectories(dir.resolve("other"));
        vaultWithSaves(other, "theirs", 0);
        Files.copy(other.resolve(VaultFolder.ENCRYPTED_FILE), dir.resolve(VaultFolder.ENCRYPTED_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        EncryptedVaultStore theirs = VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw());
        for (int i = 1; i <= 8; i++) {
            int n = i;
            theirs.update(v -> v.withLibrary(VaultSamples.numbered("theirs", n)));
        }

        List<byte[]> now = backupBytes();
        for (byte[] backup : mine) {
            assertTrue(now.stream().anyMatch(b -> java.util.Arrays.equals(b, backup)), "a backup of the first vault was deleted");
        }
        assertEquals(3 + Backups.KEEP, now.size(), "the other vault still rotates its own backups");
    }

    /** The backup files' bytes, oldest first. */
    private List<byte[]> backupBytes() throws Exception {
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(VaultFolder.BACKUPS_FOLDER))) {
            for (Path file : files.sorted().toList()) {
                all.add(Files.readAllBytes(file));
            }
        }
        return all;
    }

    private static InMemoryKeychain noKeychain() {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        return none;
    }
}
