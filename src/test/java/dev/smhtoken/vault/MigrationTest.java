package dev.smhtoken.vault;

import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    @TempDir
    Path dir;

    private final InMemoryKeychain keychain = new InMemoryKeychain();

    @Test
    void aPlainVaultIsEncryptedOnFirstOpenAndThePlainFileRemoved() throws Exception {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        VaultOpener opener = VaultFixtures.withoutKeychain(dir);
        assertEquals(VaultStatus.Kind.PLAIN_LEGACY, opener.status().kind());

        EncryptedVaultStore store = opener.open(VaultFixtures.pw());
        assertEquals(VaultSamples.rich(), store.load(), "nothing is lost");
        assertFalse(Files.exists(dir.resolve(PlainVaultStore.FILE_NAME)), "no clear copy stays behind");
        String onDisk = new String(Files.readAllBytes(store.file()), StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains(VaultSamples.SECRET_TOKEN));
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
        assertEquals(VaultSamples.rich(), VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load());
    }

    @Test
    void createAlsoMigratesAndCanUseTheKeychainAlone() {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        EncryptedVaultStore store = VaultFixtures.opener(dir, keychain).create(null);
        assertEquals(VaultSamples.rich(), store.load());
        assertFalse(Files.exists(dir.resolve(PlainVaultStore.FILE_NAME)));
        assertEquals(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE, VaultFixtures.opener(dir, keychain).status().kind());
    }

    @Test
    void withoutKeychainOrPasswordThePlainVaultStaysAsItIs() throws Exception {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        byte[] before = Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME));
        assertThrows(PasswordRequiredException.class, () -> VaultFixtures.withoutKeychain(dir).open(null));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME)));
        assertFalse(Files.exists(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
    }

    @Test
    void anUnreadablePlainVaultIsNeitherMigratedNorTouched() throws Exception {
        Path plain = Files.writeString(dir.resolve(PlainVaultStore.FILE_NAME), "{\"formatVersion\":1,\"libr");
        byte[] before = Files.readAllBytes(plain);
        VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
        assertTrue(status.message().english().contains(plain.toString()), status.message().english());
        assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()));
        assertArrayEquals(before, Files.readAllBytes(plain));
        assertFalse(Files.exists(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
    }

    @Test
    void aPlainFileLeftByACrashMidMigrationGoesOnlyWhenTheEncryptedVaultHoldsTheSame() throws Exception {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        byte[] plainBytes = Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME));
        VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw());
        // as if the process died between writing the encrypted file and deleting the plain one
        Files.write(dir.resolve(PlainVaultStore.FILE_NAME), plainBytes);
        VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw());
        assertFalse(Files.exists(dir.resolve(PlainVaultStore.FILE_NAME)));

        // a plain file with other content is not ours to delete
        new PlainVaultStore(dir).update(v -> Vault.EMPTY.withLibrary(VaultSamples.numbered("other", 1)));
        VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw());
        assertTrue(Files.exists(dir.resolve(PlainVaultStore.FILE_NAME)));
    }
}
