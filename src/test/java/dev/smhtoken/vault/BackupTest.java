package dev.smhtoken.vault;

import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupTest {
    @TempDir
    Path dir;

    private final InMemoryKeychain noKeychain = new InMemoryKeychain();

    BackupTest() {
        noKeychain.setAvailable(false);
    }

    private EncryptedVaultStore storeWithSaves(int saves) {
        EncryptedVaultStore store = VaultFixtures.opener(dir, noKeychain).create(VaultFixtures.pw());
        for (int i = 1; i <= saves; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("save", n)));
        }
        return store;
    }

    @Test
    void theLastFiveVersionsAreKeptNewestFirst() throws Exception {
        EncryptedVaultStore store = storeWithSaves(9);
        List<Backup> backups = store.backups();
        assertEquals(5, backups.size());
        try (Stream<Path> files = Files.list(dir.resolve(VaultFolder.BACKUPS_FOLDER))) {
            assertEquals(5, files.count(), "rotated on disk too");
        }
        // Backup k holds the vault as it was before save k+1, i.e. with k libraries.
        for (int i = 0; i < 5; i++) {
            assertEquals(9 - i, backups.get(i).sequence());
            Path copyDir = Files.createDirectories(dir.resolve("check" + i));
            Files.copy(backups.get(i).file(), copyDir.resolve(VaultFolder.ENCRYPTED_FILE));
            Vault old = VaultFixtures.opener(copyDir, noKeychain).open(VaultFixtures.pw()).load();
            assertEquals(8 - i, old.libraries().size());
        }
        assertTrue(backups.get(0).savedAt().isAfter(Instant.now().minus(Duration.ofMinutes(5))));
    }

    @Test
    void theNewestGoodBackupIsRestoredAndTheBrokenFileKeptAside() throws Exception {
        EncryptedVaultStore store = storeWithSaves(6);
        Path file = store.file();
        byte[] broken = Files.readAllBytes(file);
        broken[broken.length - 3] ^= 1;
        Files.write(file, broken);
        // the newest backup is damaged as well, so the second newest must be chosen
        List<Backup> backups = store.backups();
        byte[] newestBackup = Files.readAllBytes(backups.get(0).file());
        newestBackup[newestBackup.length - 1] ^= 1;
        Files.write(backups.get(0).file(), newestBackup);

        VaultOpener opener = VaultFixtures.opener(dir, noKeychain);
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
        VaultException e = assertThrows(VaultException.class, () -> opener.open(VaultFixtures.pw()));
        assertTrue(e.getMessage().contains("restore the newest good backup"), e.getMessage());

        assertThrows(VaultException.class, () -> opener.restoreNewestGoodBackup("wrong password".toCharArray()));
        assertArrayEquals(broken, Files.readAllBytes(file), "a failed restore changes nothing");

        Backup restored = opener.restoreNewestGoodBackup(VaultFixtures.pw());
        assertEquals(backups.get(1), restored);
        assertEquals(4, opener.open(VaultFixtures.pw()).load().libraries().size());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("vault-unreadable-")).toList();
            assertEquals(1, aside.size());
            assertArrayEquals(broken, Files.readAllBytes(aside.get(0)), "the broken file is kept, never deleted");
        }
    }

    @Test
    void backupsAreOrderedBySequenceEvenWhenTheClockGoesBack() {
        Instant start = Instant.parse("2026-11-25T12:00:00Z");
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        EncryptedVaultStore store = new VaultOpener(dir, noKeychain, VaultFixtures.WEAK, moving).create(VaultFixtures.pw());
        for (int i = 0; i < 7; i++) {
            clock[0] = Clock.fixed(start.minusSeconds(i * 60L), ZoneOffset.UTC);
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("c", n)));
        }
        List<Backup> backups = store.backups();
        assertEquals(List.of(7L, 6L, 5L, 4L, 3L), backups.stream().map(Backup::sequence).toList());
        assertEquals(start.minusSeconds(360), backups.get(0).savedAt());
    }

    @Test
    void withNoBackupRestoreSaysSoAndChangesNothing() throws Exception {
        EncryptedVaultStore store = VaultFixtures.opener(dir, noKeychain).create(VaultFixtures.pw());
        byte[] before = Files.readAllBytes(store.file());
        VaultException e = assertThrows(VaultException.class,
                () -> VaultFixtures.opener(dir, noKeychain).restoreNewestGoodBackup(VaultFixtures.pw()));
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store.file()));
    }
}
