package dev.smhtoken.vault;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptedVaultTest {
    @TempDir
    Path dir;

    private final InMemoryKeychain keychain = new InMemoryKeychain();

    @Test
    void anEmptyFolderIsNew() {
        assertEquals(VaultStatus.Kind.NEW, VaultFixtures.opener(dir, keychain).status().kind());
        VaultException e = assertThrows(VaultException.class, () -> VaultFixtures.opener(dir, keychain).open(null));
        assertTrue(e.getMessage().contains("create one"), e.getMessage());
    }

    @Test
    void roundTripWithAPassword() {
        VaultOpener opener = VaultFixtures.withoutKeychain(dir);
        EncryptedVaultStore store = opener.create(VaultFixtures.pw());
        assertEquals(Vault.EMPTY, store.load());
        store.update(v -> VaultSamples.rich());
        assertEquals(VaultSamples.rich(), store.load());

        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
        EncryptedVaultStore reopened = VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw());
        assertEquals(VaultSamples.rich(), reopened.load());
        reopened.update(v -> v.withLibrary(VaultSamples.numbered("more", 1)));
        assertEquals(4, store.load().libraries().size(), "both stores see each other's saves");
    }

    @Test
    void theFileHoldsNoSecretInClearAndEverySaveUsesAFreshNonce() throws Exception {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        byte[] first = Files.readAllBytes(store.file());
        store.update(v -> v);
        byte[] second = Files.readAllBytes(store.file());
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(VaultSamples.SECRET_TOKEN));
        assertFalse(text.contains("smh123abc"), "library ids are inside the encrypted body too");
        assertTrue(text.startsWith("SMHV"));
        assertEquals(first.length, second.length);
        VaultFileFormat.Parsed a = VaultFileFormat.parse(first);
        VaultFileFormat.Parsed b = VaultFileFormat.parse(second);
        assertArrayEquals(a.associatedData(), b.associatedData(), "the header stays");
        assertFalse(Arrays.equals(a.nonce(), b.nonce()), "a fresh nonce on every save");
        assertFalse(Arrays.equals(a.ciphertext(), b.ciphertext()));
    }

    @Test
    void aWrongPasswordIsRefusedAndChangesNothing() throws Exception {
        VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()).update(v -> VaultSamples.rich());
        byte[] before = Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE));
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> VaultFixtures.withoutKeychain(dir).open("correct horse battery stapler".toCharArray()));
        assertTrue(e.getMessage().contains("master password is wrong"), e.getMessage());
        PasswordRequiredException none = assertThrows(PasswordRequiredException.class,
                () -> VaultFixtures.withoutKeychain(dir).open(null));
        assertTrue(none.getMessage().contains("enter it"), none.getMessage());
        assertThrows(InvalidInputException.class, () -> VaultFixtures.withoutKeychain(dir).open(new char[0]));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
    }

    @Test
    void passwordsAreWipedAfterUse() {
        char[] forCreate = VaultFixtures.pw();
        VaultFixtures.withoutKeychain(dir).create(forCreate);
        char[] wrong = "nope nope".toCharArray();
        assertThrows(WrongPasswordException.class, () -> VaultFixtures.withoutKeychain(dir).open(wrong));
        char[] right = VaultFixtures.pw();
        VaultFixtures.withoutKeychain(dir).open(right);
        for (char[] used : List.of(forCreate, wrong, right)) {
            for (char c : used) {
                assertEquals('\0', c);
            }
        }
    }

    @Test
    void keychainUnavailableMeansThePasswordSlotIsUsed() throws Exception {
        keychain.setAvailable(false);
        VaultOpener opener = VaultFixtures.opener(dir, keychain);
        assertFalse(opener.keychainAvailable());
        PasswordRequiredException e = assertThrows(PasswordRequiredException.class, () -> opener.create(null));
        assertTrue(e.getMessage().contains("choose one"), e.getMessage());
        assertFalse(Files.exists(opener.vaultFile()), "nothing written");

        opener.create(VaultFixtures.pw()).update(v -> VaultSamples.rich());
        VaultHeader header = VaultFileFormat.parse(Files.readAllBytes(opener.vaultFile())).header();
        assertEquals(List.of(KeySlot.PASSWORD), header.slots().stream().map(KeySlot::type).toList());
        assertEquals(VaultFixtures.WEAK, header.passwordSlots().get(0).kdf());
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
    }

    @Test
    void theKeychainSlotOpensWithoutAPassword() {
        VaultOpener opener = VaultFixtures.opener(dir, keychain);
        assertTrue(opener.keychainAvailable());
        opener.create(null).update(v -> VaultSamples.rich());
        assertEquals(1, keychain.size());
        assertEquals(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE, opener.status().kind());
        assertEquals(VaultSamples.rich(), VaultFixtures.opener(dir, keychain).open(null).load());

        // Keychain gone and no password slot: clearly unreadable, and still untouched.
        keychain.setAvailable(false);
        VaultStatus status = opener.status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
        assertTrue(status.message().english().contains("OS keychain"), status.message().english());
        assertThrows(VaultException.class, () -> opener.open(VaultFixtures.pw()));
    }

    @Test
    void enteringWithTheKeychainOpensTheVaultInOnePass() {
        VaultFixtures.opener(dir, keychain).create(null).update(v -> VaultSamples.rich());
        int readsBefore = keychain.reads();

        VaultOpener.Entry entry = VaultFixtures.opener(dir, keychain).enter();

        assertEquals(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE, entry.status().kind());
        EncryptedVaultStore store = entry.opened().orElseThrow();
        assertEquals(1, keychain.reads() - readsBefore, "one keychain lookup for status and open together");
        assertEquals(VaultSamples.rich(), store.load());
        // What it remembers from the opening never hides a save made elsewhere.
        VaultFixtures.opener(dir, keychain).open(null).update(v -> v.withLibrary(VaultSamples.numbered("more", 1)));
        assertEquals(4, store.load().libraries().size());
        store.lock();
        assertThrows(VaultException.class, store::load);

        keychain.setAvailable(false);
        assertTrue(VaultFixtures.opener(dir, keychain).enter().opened().isEmpty());
    }

    @Test
    void withBothSlotsTheKeychainIsTriedFirstAndThePasswordIsTheFallback() {
        VaultFixtures.opener(dir, keychain).create(VaultFixtures.pw()).update(v -> VaultSamples.rich());
        assertEquals(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE, VaultFixtures.opener(dir, keychain).status().kind());
        // a wrong password does not matter while the keychain opens it
        assertEquals(VaultSamples.rich(), VaultFixtures.opener(dir, keychain).open("whatever".toCharArray()).load());

        keychain.clear(); // e.g. a new computer, or the entry was deleted
        VaultOpener opener = VaultFixtures.opener(dir, keychain);
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
        PasswordRequiredException e = assertThrows(PasswordRequiredException.class, () -> opener.open(null));
        assertTrue(e.getMessage().contains("keychain"), e.getMessage());
        assertEquals(VaultSamples.rich(), opener.open(VaultFixtures.pw()).load());
    }

    @Test
    void aKeychainThatAcceptsButKeepsNothingIsNotTrusted() {
        keychain.setForgetful(true);
        VaultOpener opener = VaultFixtures.opener(dir, keychain);
        assertThrows(PasswordRequiredException.class, () -> opener.create(null));
        opener.create(VaultFixtures.pw());
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, opener.status().kind());
    }

    @Test
    void createRefusesToReplaceAnExistingVault() throws Exception {
        VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()).update(v -> VaultSamples.rich());
        byte[] before = Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE));
        VaultException e = assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw()));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(VaultFolder.ENCRYPTED_FILE)));
        assertThrows(InvalidInputException.class, () -> VaultFixtures.withoutKeychain(dir.resolve("x")).create("   ".toCharArray()));
    }

    @Test
    void aFileChangedAfterThisStoresOwnSaveIsReadAgainNotRemembered() throws Exception {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        assertEquals(VaultSamples.rich(), store.load());

        // Same length, one byte of the body flipped: only reading the file again can tell.
        byte[] bytes = Files.readAllBytes(store.file());
        bytes[bytes.length - 20] ^= 1;
        Files.write(store.file(), bytes);
        VaultException e = assertThrows(VaultException.class, store::load);
        assertTrue(e.getMessage().contains(store.file().toString()), e.getMessage());
        assertThrows(VaultException.class, () -> store.update(v -> Vault.EMPTY));
        assertArrayEquals(bytes, Files.readAllBytes(store.file()), "a file that cannot be read is never overwritten");
    }

    @Test
    void lockWipesTheKeyAndEveryCallThenFails() {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        store.lock();
        assertTrue(store.isLocked());
        VaultException e = assertThrows(VaultException.class, store::load);
        assertTrue(e.getMessage().contains("locked"), e.getMessage());
        assertThrows(VaultException.class, () -> store.update(v -> Vault.EMPTY));
        assertEquals(VaultSamples.rich(), VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load());
    }

    @Test
    void changingThePasswordKeepsTheContentAndTheKeychainSlot() {
        EncryptedVaultStore store = VaultFixtures.opener(dir, keychain).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        store.changePassword("a new password".toCharArray(), VaultFixtures.WEAK);
        keychain.setAvailable(false);
        assertThrows(WrongPasswordException.class, () -> VaultFixtures.opener(dir, keychain).open(VaultFixtures.pw()));
        assertEquals(VaultSamples.rich(), VaultFixtures.opener(dir, keychain).open("a new password".toCharArray()).load());
        keychain.setAvailable(true);
        assertEquals(VaultSamples.rich(), VaultFixtures.opener(dir, keychain).open(null).load());
    }

    @Test
    void aNewerFormatVersionIsRefusedClearly() throws Exception {
        VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        Path file = dir.resolve(VaultFolder.ENCRYPTED_FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[5] = 2;
        Files.write(file, bytes);
        VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
        assertEquals(VaultStatus.Kind.UNREADABLE, status.kind());
        assertTrue(status.message().english().contains("newer version"), status.message().english());
        VaultException e = assertThrows(VaultException.class, () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
        assertTrue(e.getMessage().contains("Update SMH Token Manager"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aTruncatedFileIsRefusedAndKept() throws Exception {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        byte[] full = Files.readAllBytes(store.file());
        for (int length : new int[] {0, 3, 8, 40, full.length / 2, full.length - 1}) {
            byte[] cut = Arrays.copyOf(full, length);
            Files.write(store.file(), cut);
            VaultException e = assertThrows(VaultException.class, store::load);
            assertTrue(e.getMessage().contains(store.file().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
            assertThrows(VaultException.class, () -> store.update(v -> VaultSamples.rich()));
            // Without the key a cut body cannot be told from a whole one; opening tells.
            assertTrue(List.of(VaultStatus.Kind.UNREADABLE, VaultStatus.Kind.NEEDS_PASSWORD)
                    .contains(VaultFixtures.withoutKeychain(dir).status().kind()));
            VaultException onOpen = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
            assertFalse(onOpen instanceof WrongPasswordException, onOpen.getMessage());
            assertTrue(onOpen.getMessage().contains("left as it is"), onOpen.getMessage());
            assertArrayEquals(cut, Files.readAllBytes(store.file()));
        }
    }

    @Test
    void absurdKdfParametersInAHeaderAreRefusedBeforeAnyWork() throws Exception {
        VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        Path file = dir.resolve(VaultFolder.ENCRYPTED_FILE);
        for (String edit : List.of("\"memoryKiB\":1048577", "\"memoryKiB\":2147483647", "\"iterations\":100000",
                "\"parallelism\":64", "\"memoryKiB\":-1")) {
            byte[] crafted = HeaderEdits.edit(Files.readAllBytes(file), json -> json.replaceFirst(
                    "\"" + edit.substring(1, edit.indexOf(':') - 1) + "\":\\d+", edit));
            Path craftedDir = Files.createDirectories(dir.resolve("crafted" + Math.abs(edit.hashCode())));
            Files.write(craftedDir.resolve(VaultFolder.ENCRYPTED_FILE), crafted);
            VaultException e = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(craftedDir).open(VaultFixtures.pw()));
            assertTrue(e.getMessage().contains("Argon2"), e.getMessage());
        }
    }

    @Test
    void filesAndFoldersAreOwnerOnlyAfterEverySave() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(OwnerOnly.posix());
        Path data = new DataDirectory(java.util.Map.of(), dir, "Linux").resolveAndCreate(dir.resolve("data").toString());
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(data).create(VaultFixtures.pw());
        for (int i = 0; i < 7; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("p", n)));
            assertEquals("rw-------", mode(store.file()));
            assertEquals("rwx------", mode(data));
            assertEquals("rwx------", mode(data.resolve(VaultFolder.BACKUPS_FOLDER)));
            for (Backup backup : store.backups()) {
                assertEquals("rw-------", mode(backup.file()));
            }
            assertEquals("rw-------", mode(data.resolve(PlainVaultStore.LOCK_FILE_NAME)));
        }
    }

    private static String mode(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void nothingThatHoldsAKeyOrSecretPrintsIt() {
        EncryptedVaultStore store = VaultFixtures.opener(dir, keychain).create(VaultFixtures.pw());
        store.update(v -> VaultSamples.rich());
        VaultKey key = new VaultKey(new byte[32]);
        for (Object holder : List.of(store, key, VaultFixtures.opener(dir, keychain), new OsKeychain(),
                VaultFixtures.WEAK)) {
            String text = holder.toString();
            assertFalse(text.contains(VaultSamples.SECRET_TOKEN), text);
            assertFalse(text.contains("correct horse"), text);
        }
        assertTrue(store.toString().contains("redacted"));
        assertTrue(key.toString().contains("redacted"));
    }
}
