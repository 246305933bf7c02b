package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembered library secret is kept in the encrypted vault only: it survives a save and a
 * reopen, never appears in the clear on disk or in the plain legacy file, and vaults written before
 * it existed still open.
 */
class RememberedSecretVaultTest {
    private static final String REMEMBERED_SECRET = "vault-remembered-secret-31d4";
    /** The master password of the format-1 vault in the test resources, written by the previous version. */
    private static final String FORMAT_ONE_PASSWORD = "format-one-master-password";

    @TempDir
    Path dir;

    private final VaultJsonCodec codec = new VaultJsonCodec();

    private static Vault richRemembering() {
        Vault rich = VaultSamples.rich();
        List<Library> libraries = new ArrayList<>(rich.libraries());
        libraries.set(0, libraries.get(0).withRememberedSecret(LibrarySecret.wrap(REMEMBERED_SECRET.toCharArray())));
        return new Vault(libraries, rich.settings());
    }

    @Test
    void theEncryptedVaultKeepsTheSecretAcrossAReopenAndNeverInTheClear() throws IOException {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        store.update(v -> richRemembering());

        Vault reopened = VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load();
        assertEquals(richRemembering(), reopened);
        Library first = reopened.libraries().get(0);
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(), first.rememberedSecret().copyChars());
        assertFalse(reopened.libraries().get(1).remembersSecret());
        String onDisk = Files.readString(store.file(), StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains(REMEMBERED_SECRET));

        store.update(v -> v.withLibrary(v.libraries().get(0).withRememberedSecret(null)));
        assertFalse(VaultFixtures.withoutKeychain(dir).open(VaultFixtures.pw()).load().libraries().get(0).remembersSecret(),
                "a forgotten secret stays forgotten");
    }

    @Test
    void theJsonHoldsTheSecretOnlyWhenOneIsRememberedAndThenSaysFormat2() throws IOException {
        JsonNode with = new ObjectMapper().readTree(codec.encode(richRemembering()));
        assertEquals(VaultJsonCodec.FORMAT_VERSION, with.get("formatVersion").asInt());
        assertEquals(2, VaultJsonCodec.FORMAT_VERSION);
        assertEquals(REMEMBERED_SECRET, with.get("libraries").get(0).get("rememberedSecret").asText());
        assertFalse(with.get("libraries").get(1).has("rememberedSecret"));

        // Without one the document is exactly format 1, which earlier versions read.
        JsonNode without = new ObjectMapper().readTree(codec.encode(VaultSamples.rich()));
        assertEquals(1, without.get("formatVersion").asInt());
        without.get("libraries").forEach(library -> assertFalse(library.has("rememberedSecret")));

        String plain = new String(codec.encodeWithoutSecrets(richRemembering()), StandardCharsets.UTF_8);
        assertFalse(plain.contains(REMEMBERED_SECRET));
        assertFalse(plain.contains("rememberedSecret"));
        assertTrue(plain.contains("\"formatVersion\" : 1"), plain);
    }

    @Test
    void aVaultInTheFormatBeforeRememberedSecretsDecodes() {
        String formatOne = """
                {"formatVersion":1,"libraries":[{"libraryId":"smh1","host":"https://smh1.api.tencentsmh.cn",
                "name":"Photos","tokens":[{"label":"default","value":"acctk-old-shape-0123456789","expiresAt":null,
                "renewedAt":null,"period":null,"origin":null,"revokedAt":null,"autoRenew":null,"history":[]}]}],
                "settings":null}""";
        Vault vault = codec.decode(formatOne.getBytes(StandardCharsets.UTF_8));
        Library library = vault.library("smh1").orElseThrow();
        assertFalse(library.remembersSecret());
        assertNull(library.rememberedSecret());
        assertEquals("acctk-old-shape-0123456789", library.token("default").orElseThrow().value().reveal());
    }

    @Test
    void anEncryptedVaultFileWrittenByThePreviousVersionOpensAndGainsTheSecretOnSave() throws IOException {
        try (InputStream old = getClass().getResourceAsStream("format-1/vault.smhv")) {
            Files.write(dir.resolve(VaultFolder.ENCRYPTED_FILE), old.readAllBytes());
        }
        assertEquals(VaultStatus.Kind.NEEDS_PASSWORD, VaultFixtures.withoutKeychain(dir).status().kind());
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(dir).open(FORMAT_ONE_PASSWORD.toCharArray());

        Vault vault = store.load();
        assertEquals(List.of("smhformat1", "smhempty1"), vault.libraries().stream().map(Library::id).toList());
        assertTrue(vault.libraries().stream().noneMatch(Library::remembersSecret));
        Token ci = vault.token(new TokenRef("smhformat1", "ci")).orElseThrow();
        assertEquals("upload_file", ci.origin().grant());
        assertEquals(Duration.ofHours(1), ci.period());
        assertEquals(1, ci.history().size());
        assertEquals("zh-CN", vault.settings().language());

        store.update(v -> v.withLibrary(v.library("smhformat1").orElseThrow()
                .withRememberedSecret(LibrarySecret.wrap(REMEMBERED_SECRET.toCharArray()))));
        Vault saved = VaultFixtures.withoutKeychain(dir).open(FORMAT_ONE_PASSWORD.toCharArray()).load();
        assertArrayEquals(REMEMBERED_SECRET.toCharArray(),
                saved.library("smhformat1").orElseThrow().rememberedSecret().copyChars());
        assertEquals(vault.token(new TokenRef("smhformat1", "ci")), saved.token(new TokenRef("smhformat1", "ci")));
    }

    @Test
    void thePlainLegacyFileNeverHoldsTheSecret() throws IOException {
        PlainVaultStore plain = new PlainVaultStore(dir);
        Vault saved = plain.update(v -> richRemembering());

        String text = Files.readString(plain.file());
        assertFalse(text.contains(REMEMBERED_SECRET), "the plain file holds the secret");
        assertFalse(saved.libraries().get(0).remembersSecret(), "update returns what the file holds");
        assertFalse(plain.load().libraries().get(0).remembersSecret());
        assertEquals(VaultSamples.rich(), plain.load());
    }
}
