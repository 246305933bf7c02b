package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The vault and header JSON, byte for byte as the versions before this one wrote them (the files under
 * {@code golden/} were written by them): the file format must not drift, and what they wrote must read back.
 */
class VaultJsonGoldenTest {
    private final VaultJsonCodec codec = new VaultJsonCodec();

    @Test
    void anEmptyVaultIsWrittenAsBefore() {
        assertSameBytes("empty.json", codec.encode(Vault.EMPTY));
        assertEquals(Vault.EMPTY, codec.decode(golden("empty.json")));
    }

    @Test
    void aVaultUsingEveryFieldIsWrittenAsBeforeWithItsSecret() {
        assertSameBytes("full-encrypted.json", codec.encode(GoldenVaults.full()));
        assertEquals(GoldenVaults.full(), codec.decode(golden("full-encrypted.json")));
    }

    @Test
    void theSameVaultInThePlainFileIsWrittenAsBeforeWithoutItsSecret() {
        assertSameBytes("full-plain.json", codec.encodeWithoutSecrets(GoldenVaults.full()));
        assertEquals(GoldenVaults.fullWithoutSecret(), codec.decode(golden("full-plain.json")));
    }

    @Test
    void theSampleVaultOfTheOtherTestsIsWrittenAsBefore() {
        assertSameBytes("samples-rich.json", codec.encode(VaultSamples.rich()));
        assertEquals(VaultSamples.rich(), codec.decode(golden("samples-rich.json")));
    }

    @Test
    void theHeaderIsWrittenAsBeforeAndReadsBack() {
        assertSameBytes("header.json", GoldenVaults.header().toJson());
        VaultHeader read = VaultHeader.fromJson(golden("header.json"));
        VaultHeader expected = GoldenVaults.header();
        assertEquals(expected.slots().size(), read.slots().size());
        for (int i = 0; i < expected.slots().size(); i++) {
            KeySlot want = expected.slots().get(i);
            KeySlot got = read.slots().get(i);
            assertEquals(want.type(), got.type());
            assertEquals(want.id(), got.id());
            assertEquals(want.kdf(), got.kdf());
            assertArrayEquals(want.salt(), got.salt());
            assertArrayEquals(want.nonce(), got.nonce());
            assertArrayEquals(want.wrappedKey(), got.wrappedKey());
        }
        assertSameBytes("header.json", read.toJson());
    }

    private static void assertSameBytes(String goldenName, byte[] written) {
        byte[] expected = golden(goldenName);
        // Compared as text first so that a failure shows where the two differ.
        Supplier<String> where = () -> goldenName + " differs";
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8), where);
        assertArrayEquals(expected, written, where);
    }

    static byte[] golden(String name) {
        try (InputStream in = VaultJsonGoldenTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
