package dev.smhtoken.vault;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any change to a saved vault, accidental or crafted, is detected, reported clearly and left on disk. */
class TamperDetectionTest {
    @TempDir
    Path dir;

    private EncryptedVaultStore store;
    private Path file;
    private byte[] original;

    @BeforeEach
    void saveASmallVault() throws IOException {
        store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> v.withLibrary(VaultSamples.numbered("lib", 1)));
        file = store.file();
        original = Files.readAllBytes(file);
    }

    @Test
    void everySingleBitFlipIsDetected() throws IOException {
        int bits = original.length * 8;
        assertTrue(bits < 20_000, "the sample vault stays small enough to flip every bit: " + bits);
        for (int bit = 0; bit < bits; bit++) {
            byte[] flipped = original.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            overwrite(file, flipped);
            VaultException e = assertThrows(VaultException.class, store::load, "bit " + bit);
            assertClear(e, "bit " + bit);
            if (bit % 16 == 0) {
                assertThrows(VaultException.class, () -> store.update(v -> v.withLibrary(VaultSamples.numbered("x", 2))));
            }
            assertArrayEquals(flipped, Files.readAllBytes(file), "bit " + bit + " file changed");
        }
        // The store still works once the good file is back: it never rewrote anything.
        Files.write(file, original);
        assertEquals(1, store.load().libraries().size());
    }

    @Test
    void headerFlipsAreAlsoDetectedWhenOpeningWithThePassword() throws IOException {
        int headerEnd = VaultFileFormat.parse(original).associatedData().length;
        for (int bit = 0; bit < headerEnd * 8; bit += 3) {
            byte[] flipped = original.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            overwrite(file, flipped);
            VaultException e = assertThrows(VaultException.class,
                    () -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()), "bit " + bit);
            assertFalse(e instanceof WrongPasswordException, "damage is not reported as a wrong password: bit " + bit);
            assertClear(e, "bit " + bit);
            assertArrayEquals(flipped, Files.readAllBytes(file));
        }
    }

    /** A few thousand mutated files: each gives a clear VaultException, nothing else, and stays on disk as it was. */
    @Test
    void fuzzedFilesAreRefusedCleanlyAndNeverRewritten() throws IOException {
        Random random = new Random(20261125);
        List<UnaryOperator<byte[]>> mutators = mutators(random);
        int tried = 0;
        // Each of these reasons must come up at least once, proving the mutants reach every check.
        java.util.Set<String> seen = new java.util.HashSet<>(List.of("Argon2", "integrity check", "checksum",
                "cut short", "password slot is not the one its backups hold", "newer version", "signature",
                "not valid JSON", "Base64"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 3000 && System.nanoTime() < deadline; i++) {
            byte[] mutant = mutators.get(i % mutators.size()).apply(original.clone());
            if (Arrays.equals(mutant, original)) {
                continue;
            }
            tried++;
            overwrite(file, mutant);
            String what = "mutant " + i + " (mutator " + (i % mutators.size()) + ")";
            expectVaultException(store::load, what);
            expectVaultException(() -> store.update(v -> v.withLibrary(VaultSamples.numbered("lost", 1))), what);
            String message = expectVaultException(() -> VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()), what);
            seen.removeIf(message::contains);
            // An edited slot refuses the right password; the backup (saved in setUp) tells it from a wrong one.
            assertFalse(message.contains("master password is wrong"), what + ": damage reported as a wrong password");
            VaultStatus status = VaultFixtures.withoutKeychain(dir).status();
            assertTrue(status.kind() == VaultStatus.Kind.UNREADABLE || status.kind() == VaultStatus.Kind.NEEDS_PASSWORD,
                    what + ": " + status);
            assertArrayEquals(mutant, Files.readAllBytes(file), what + ": the file must stay byte for byte");
        }
        // 3000 on an idle machine; the floor only guards against a machine so loaded that the deadline cuts in.
        assertTrue(tried > 1000, "only " + tried + " mutants tried");
        assertEquals(java.util.Set.of(), seen, "reasons never reported");
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(VaultFolder.BACKUPS_FOLDER, PlainVaultStore.LOCK_FILE_NAME, VaultFolder.ENCRYPTED_FILE),
                    leftovers.map(p -> p.getFileName().toString()).sorted().toList(), "no temp file, no new file");
        }
    }

    /**
     * Rewrites the file in place. Truncating and rewriting (Files.write) makes ext4 flush on close,
     * which would make thousands of mutants take minutes; the vault code reads the file the same way.
     */
    static void overwrite(Path target, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content), 0);
            channel.truncate(content.length);
        }
    }

    private static String expectVaultException(Runnable action, String what) {
        try {
            action.run();
            throw new AssertionError(what + " was accepted");
        } catch (VaultException e) {
            assertClear(e, what);
            return e.getMessage();
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + " threw " + e.getClass().getName() + " instead of a VaultException", e);
        }
    }

    private static void assertClear(VaultException e, String what) {
        String message = e.getMessage();
        assertTrue(message != null && message.length() > 30 && (message.endsWith(".") || message.endsWith(")")),
                what + ": unclear message " + message);
        assertFalse(message.contains("tok-"), what + ": the message quotes vault content");
        assertFalse(message.contains("correct horse"), what);
    }

    private List<UnaryOperator<byte[]>> mutators(Random random) {
        List<UnaryOperator<byte[]>> m = new ArrayList<>();
        m.add(b -> { // a few bit flips anywhere
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                int bit = random.nextInt(b.length * 8);
                b[bit / 8] ^= (byte) (1 << (bit % 8));
            }
            return b;
        });
        m.add(b -> Arrays.copyOf(b, random.nextInt(b.length))); // truncation
        m.add(b -> { // insertion of random bytes
            int at = random.nextInt(b.length + 1);
            byte[] extra = new byte[1 + random.nextInt(40)];
            random.nextBytes(extra);
            return concat(Arrays.copyOf(b, at), extra, Arrays.copyOfRange(b, at, b.length));
        });
        m.add(b -> { // deletion of a range
            int from = random.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + random.nextInt(40));
            return concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, b.length));
        });
        m.add(b -> { // random bytes over a range
            int from = random.nextInt(b.length);
            for (int k = from; k < Math.min(b.length, from + 1 + random.nextInt(64)); k++) {
                b[k] = (byte) random.nextInt(256);
            }
            return b;
        });
        m.add(b -> { // an entirely random file, sometimes with the right magic
            byte[] r = new byte[random.nextInt(2 * b.length)];
            random.nextBytes(r);
            if (r.length >= 4 && random.nextBoolean()) {
                System.arraycopy(VaultFileFormat.MAGIC, 0, r, 0, 4);
            }
            return r;
        });
        m.add(b -> { // format version and header length fields
            byte[] r = b.clone();
            int field = 4 + random.nextInt(6);
            r[field] = (byte) random.nextInt(256);
            return r;
        });
        m.add(b -> concat(b, new byte[] {(byte) random.nextInt(256)})); // trailing garbage
        m.add(b -> HeaderEdits.edit(b, headerEdits().get(random.nextInt(headerEdits().size())))); // crafted headers
        return m;
    }

    private static List<UnaryOperator<String>> headerEdits() {
        List<UnaryOperator<String>> edits = new ArrayList<>();
        for (String value : List.of("-1", "0", "7", "1048577", "2147483647", "128", "\"64\"", "null", "1e3", "64.5")) {
            edits.add(h -> h.replaceFirst("\"memoryKiB\":\\d+", "\"memoryKiB\":" + value));
        }
        for (String value : List.of("0", "-1", "11", "2", "99999999999")) {
            edits.add(h -> h.replaceFirst("\"iterations\":\\d+", "\"iterations\":" + value));
        }
        for (String value : List.of("0", "9", "2")) {
            edits.add(h -> h.replaceFirst("\"parallelism\":\\d+", "\"parallelism\":" + value));
        }
        edits.add(h -> h.replace("\"argon2id\"", "\"scrypt\""));
        edits.add(h -> h.replace("\"kdf\":\"argon2id\",", ""));
        edits.add(h -> h.replace("\"type\":\"password\"", "\"type\":\"keychain\""));
        edits.add(h -> h.replace("\"type\":\"password\"", "\"type\":\"bogus\""));
        edits.add(h -> h.replace("\"type\":\"password\"", "\"type\":\"keychain\",\"id\":\"abc\""));
        edits.add(h -> h.replaceFirst("\"salt\":\"[^\"]*\"", "\"salt\":\"\""));
        edits.add(h -> h.replaceFirst("\"salt\":\"[^\"]*\"", "\"salt\":\"!!not base64!!\""));
        edits.add(h -> h.replaceFirst("\"salt\":\"[^\"]*\"", "\"salt\":\"" + "A".repeat(200) + "\""));
        edits.add(h -> h.replaceFirst("\"salt\":\"([^\"]*)\"", "\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\""));
        edits.add(h -> h.replaceFirst("\"nonce\":\"[^\"]*\"", "\"nonce\":\"AAAA\""));
        edits.add(h -> h.replaceFirst("\"nonce\":\"[^\"]*\"", "\"nonce\":\"AAAAAAAAAAAAAAAA\""));
        edits.add(h -> h.replaceFirst("\"wrappedKey\":\"([^\"]{8})[^\"]*\"", "\"wrappedKey\":\"$1\""));
        edits.add(h -> h.replaceFirst("\"wrappedKey\":\"[^\"]*\"", "\"wrappedKey\":null"));
        edits.add(h -> "{\"slots\":[]}");
        edits.add(h -> "{\"slots\":null}");
        edits.add(h -> "{}");
        edits.add(h -> "[]");
        edits.add(h -> "null");
        edits.add(h -> " ");
        edits.add(h -> "{\"slots\":[null]}");
        edits.add(h -> h.replace("{\"slots\":[", "{\"extra\":1,\"slots\":["));
        edits.add(h -> {
            String slot = h.substring(h.indexOf('[') + 1, h.lastIndexOf(']'));
            return "{\"slots\":[" + (slot + ",").repeat(9) + slot + "]}";
        });
        edits.add(h -> "[".repeat(5000) + "]".repeat(5000));
        edits.add(h -> "{\"slots\":[" + "{\"type\":\"password\"}".repeat(2) + "]}");
        edits.add(h -> h + "  ");
        edits.add(h -> h + "{}");
        edits.add(h -> h.replace("\"", "'"));
        edits.add(h -> h.substring(0, h.length() / 2));
        edits.add(h -> h.replace("{\"type\"", "{\"type\":\"password\",\"type\""));
        return edits;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void aVaultFromAnotherKeyIsNotMistakenForThisOne() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        VaultFixtures.withoutKeychain(other).create(VaultFixtures.pw())
                .update(v -> new Vault(List.of(Library.of("foreign", null, null))));
        Files.copy(other.resolve(VaultFolder.ENCRYPTED_FILE), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] foreign = Files.readAllBytes(file);
        VaultException e = assertThrows(VaultException.class, store::load);
        assertTrue(e.getMessage().contains("integrity check"), e.getMessage());
        assertThrows(VaultException.class, () -> store.update(v -> v));
        assertArrayEquals(foreign, Files.readAllBytes(file));
    }
}
