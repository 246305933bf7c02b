package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.ExplainedFailure;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.Vault;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a vault into JSON and back. The JSON carries a {@code formatVersion}; a file written by a
 * newer version of the app is refused rather than half-read, so nothing it holds is lost on save.
 *
 * <p>Format 2 added the library secret a library may remember. A vault in which no library
 * remembers one is still written as format 1, which earlier versions read; one that does is
 * format 2, which they refuse with "update the app" instead of calling the file damaged.
 */
final class VaultJsonCodec {
    static final int FORMAT_VERSION = 2;
    static final int FORMAT_WITHOUT_REMEMBERED_SECRETS = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // A field this version does not know would be dropped on the next save: refuse instead.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON for the encrypted vault: everything, remembered library secrets included. */
    byte[] encode(Vault vault) {
        boolean secrets = vault.libraries().stream().anyMatch(Library::remembersSecret);
        return write(VaultDocument.from(vault, secrets ? FORMAT_VERSION : FORMAT_WITHOUT_REMEMBERED_SECRETS, true));
    }

    /** The JSON for a file that is not encrypted: remembered library secrets are left out. */
    byte[] encodeWithoutSecrets(Vault vault) {
        return write(VaultDocument.from(vault, FORMAT_WITHOUT_REMEMBERED_SECRETS, false));
    }

    private byte[] write(VaultDocument document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.wipeSecrets();
        }
    }

    /**
     * Reads a vault. Every problem becomes a {@link VaultFormatException} whose message never quotes
     * the content, as the content holds secrets.
     */
    Vault decode(byte[] json) {
        if (json.length == 0) {
            throw new VaultFormatException(UserText.of("error.vault.format.empty"));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (IOException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.notJson", position(e)));
        }
        if (tree == null || !tree.isObject() || !tree.path("formatVersion").canConvertToInt()
                || !tree.path("formatVersion").isIntegralNumber()) {
            throw new VaultFormatException(UserText.of("error.vault.format.noFormatVersion"));
        }
        int version = tree.get("formatVersion").intValue();
        if (version > FORMAT_VERSION) {
            throw new VaultFormatException(UserText.of("error.vault.format.newerJson", String.valueOf(version),
                    String.valueOf(FORMAT_VERSION)), true);
        }
        if (version < 1) {
            throw new VaultFormatException(UserText.of("error.vault.format.invalidFormatVersion", String.valueOf(version)));
        }
        try {
            return mapper.treeToValue(tree, VaultDocument.class).toVault();
        } catch (JacksonException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.unreadableEntry", position(e)));
        } catch (RuntimeException e) {
            // Domain validation (a blank id, a duplicate label, a bad host): its messages name no secret.
            throw new VaultFormatException(UserText.of("error.vault.format.invalidEntry",
                    e instanceof ExplainedFailure explained ? explained.userText() : e.getMessage()));
        }
    }

    /** Where Jackson stumbled, without the text around it (which could be a token). */
    private static UserText position(IOException e) {
        if (e instanceof JacksonException jackson && jackson.getLocation() != null) {
            var location = jackson.getLocation();
            return UserText.of("error.vault.format.position", String.valueOf(location.getLineNr()),
                    String.valueOf(location.getColumnNr()));
        }
        return UserText.of("error.vault.format.unreadableContent");
    }
}
