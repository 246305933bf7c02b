package dev.smhtoken.vault;

import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultUnreadableException;
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

/**
 * Whoever can write to the data folder can rewrite the vault's header (its checksum is no MAC). A
 * planted header must neither make an open costly nor pass itself off as a wrong password.
 */
class PlantedHeaderTest {
    /** A password slot asking for costs the earlier limits allowed: 1 GiB, 10 passes, 8 lanes. */
    private static final String COSTLY_SLOT = "{\"type\":\"password\",\"kdf\":\"argon2id\",\"memoryKiB\":1048576,"
            + "\"iterations\":10,\"parallelism\":8,\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"nonce\":\"AAAAAAAAAAAAAAAA\","
            + "\"wrappedKey\":\"" + "A".repeat(64) + "\"}";

    @TempDir
    Path dir;

    private Path file;

    private EncryptedVaultStore vaultWithBackups() {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> v.withLibrary(VaultSamples.numbered("lib", 1)));
        store.update(v -> v.withLibrary(VaultSamples.numbered("lib", 2)));
        file = store.file();
        return store;
    }

    @Test
    void plantedCostlySlotsAreRefusedAsDamagedBeforeAnyDerivation() throws Exception {
        vaultWithBackups();
        byte[] crafted = HeaderEdits.edit(Files.readAllBytes(file),
                header -> header.replace("]}", ("," + COSTLY_SLOT).repeat(7) + "]}"));
        Files.write(file, crafted);

        long started = System.nanoTime();
        VaultException refused = assertThrows(VaultException.class,
                () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "the open took seconds: it derived a planted slot");
        assertFalse(refused instanceof WrongPasswordException, refused.getMessage());
        assertTrue(refused.getMessage().contains("damaged or was edited"), refused.getMessage());
        assertArrayEquals(crafted, Files.readAllBytes(file), "the planted file was changed");
        assertEquals(VaultStatus.Kind.UNREADABLE, VaultFixtures.withoutKeychain(dir).status().kind());
    }

    @Test
    void costsFarAboveWhatTheAppWritesAreRefusedEvenInTheOnlySlot() throws Exception {
        vaultWithBackups();
        // 256 MiB and 1 GiB: accepted before (one open spent seconds and that much memory), refused now.
        for (String memory : new String[] {"262144", "1048576"}) {
            Files.write(file, HeaderEdits.edit(Files.readAllBytes(file),
                    header -> header.replaceFirst("\"memoryKiB\":\\d+", "\"memoryKiB\":" + memory)));
            VaultException refused = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
            assertFalse(refused instanceof WrongPasswordException, memory + ": " + refused.getMessage());
            assertTrue(refused.getMessage().contains("Argon2 memory " + memory), refused.getMessage());
        }
        for (String edit : new String[] {"\"iterations\":7", "\"parallelism\":5"}) {
            String field = edit.substring(0, edit.indexOf(':'));
            Files.write(file, HeaderEdits.edit(Files.readAllBytes(file),
                    header -> header.replaceFirst(field + ":\\d+", edit)));
            VaultException refused = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
            assertTrue(refused.getMessage().contains("damaged or was edited"), edit + ": " + refused.getMessage());
        }
    }

    @Test
    void anEditedPasswordSlotIsReportedAsDamagedNotAsAWrongPassword() throws Exception {
        vaultWithBackups();
        byte[] good = Files.readAllBytes(file);
        VaultOpenerGate gate = new VaultOpenerGate(dir, noKeychain(), VaultFixtures.WEAK, Clock.systemUTC());
        // Costs within the limits and a fresh salt: the right password no longer opens the slot.
        for (java.util.function.UnaryOperator<String> edit : java.util.List.<java.util.function.UnaryOperator<String>>of(
                h -> h.replaceFirst("\"memoryKiB\":\\d+", "\"memoryKiB\":128"),
                h -> h.replaceFirst("\"salt\":\"[^\"]*\"", "\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\""))) {
            byte[] edited = HeaderEdits.edit(good, edit);
            Files.write(file, edited);
            VaultException refused = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()));
            assertFalse(refused instanceof WrongPasswordException, refused.getMessage());
            assertTrue(refused.getMessage().contains("is damaged or was edited: its password slot is not the one its"
                    + " backups hold"), refused.getMessage());
            assertTrue(refused.getMessage().contains("restore the newest good backup"), refused.getMessage());
            // The window's way in offers the repair view for it.
            assertThrows(VaultUnreadableException.class, () -> gate.open(VaultFixtures.pw()));
            assertArrayEquals(edited, Files.readAllBytes(file), "the edited file was changed");
        }
        // A wrong password against the same edited file is still a wrong password.
        assertThrows(WrongPasswordException.class,
                () -> VaultFixtures.withoutKeychain(dir).open("not the password at all".toCharArray()));
        // And against the genuine file, of course.
        Files.write(file, good);
        assertThrows(WrongPasswordException.class,
                () -> VaultFixtures.withoutKeychain(dir).open("not the password at all".toCharArray()));
        assertEquals(2, VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load().libraries().size());
    }

    @Test
    void moreSlotsOfAKindThanTheAppWritesAreRefused() throws Exception {
        InMemoryKeychain keychain = new InMemoryKeychain();
        EncryptedVaultStore store = VaultFixtures.opener(dir, keychain).create(VaultFixtures.pw());
        file = store.file();
        byte[] good = Files.readAllBytes(file);
        String header = new String(good, 10, java.nio.ByteBuffer.wrap(good).getInt(6), java.nio.charset.StandardCharsets.UTF_8);
        String keychainSlot = header.substring(header.indexOf('[') + 1, header.indexOf("},") + 1);
        Files.write(file, HeaderEdits.edit(good, h -> h.replace("[", "[" + keychainSlot + ",")));
        VaultException refused = assertThrows(VaultException.class, () -> VaultFixtures.opener(dir, keychain).open(null));
        assertTrue(refused.getMessage().contains("more than 2 key slots"), refused.getMessage());

        Files.write(file, HeaderEdits.edit(good, h -> "{\"slots\":[" + keychainSlot + "," + keychainSlot + "]}"));
        refused = assertThrows(VaultException.class, () -> VaultFixtures.opener(dir, keychain).open(null));
        assertTrue(refused.getMessage().contains("two key slots of one kind"), refused.getMessage());
    }

    private static InMemoryKeychain noKeychain() {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        return none;
    }
}
