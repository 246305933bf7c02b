package dev.smhtoken.vault;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultUnreadableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain {@code vault.json} (the unencrypted vault of development versions) carries no proof of who
 * wrote it: it is never opened, never migrated, never deleted, and no new vault starts beside it.
 */
class PlainVaultRefusedTest {
    @TempDir
    Path dir;

    private final InMemoryKeychain keychain = new InMemoryKeychain();

    /** What someone who can write to the folder plants: a library whose host is their server. */
    private byte[] plantPlainVault() throws Exception {
        new PlainVaultStore(dir).update(v -> Vault.EMPTY.withLibrary(
                Library.of("smhplanted", "Marketing", "https://attacker.example")));
        return Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME));
    }

    @Test
    void aPlainVaultAloneIsNeitherOpenedNorMigratedNorStartedAfresh() throws Exception {
        byte[] planted = plantPlainVault();
        Path plain = dir.resolve(PlainVaultStore.FILE_NAME);

        for (VaultOpener opener : List.of(VaultFixtures.withoutKeychain(dir), VaultFixtures.opener(dir, keychain))) {
            VaultStatus status = opener.status();
            assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
            assertTrue(status.message().english().startsWith("The data folder holds " + plain
                    + ", an unencrypted vault of a development version"), status.message().english());
            assertTrue(status.message().english().contains("move " + plain + " out of the data folder"),
                    status.message().english());
            assertThrows(VaultException.class, () -> opener.open(VaultFixtures.pw()));
            assertThrows(VaultException.class, () -> opener.create(VaultFixtures.pw()));
            assertThrows(VaultException.class, () -> opener.create(null));
        }
        VaultOpenerGate gate = new VaultOpenerGate(dir, keychain, VaultFixtures.WEAK, Clock.systemUTC());
        assertThrows(VaultUnreadableException.class, () -> gate.open(null));

        assertArrayEquals(planted, Files.readAllBytes(plain), "the plain file was changed");
        assertFalse(Files.exists(dir.resolve(VaultFolder.ENCRYPTED_FILE)), "a vault was made beside it");
    }

    @Test
    void besideAnEncryptedVaultThePlainFileIsIgnoredAndLeftAlone() throws Exception {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> v.withLibrary(Library.of("smhmine", "Mine", null)));
        byte[] planted = plantPlainVault();

        Vault opened = VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load();
        assertEquals(List.of(LibraryAddress.of("smhmine", null)), opened.libraries().stream().map(Library::address).toList());
        assertArrayEquals(planted, Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME)));
    }

    @Test
    void aDamagedPlainFileIsNotReadEither() throws Exception {
        Path plain = Files.writeString(dir.resolve(PlainVaultStore.FILE_NAME), "{\"formatVersion\":1,\"libr");
        byte[] before = Files.readAllBytes(plain);
        VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
        assertTrue(status.message().english().contains(plain.toString()), status.message().english());
        assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()));
        assertArrayEquals(before, Files.readAllBytes(plain));
        assertFalse(Files.exists(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
    }
}
