package dev.smhtoken.vault;

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
     * Reads a vault; {@code where} names the file in messages ("The vault file /x/vault.json").
     * Every problem becomes a {@link VaultFormatException} whose message never quotes the content,
     * as the content holds secrets.
     */
    Vault decode(byte[] json, String where) {
        if (json.length == 0) {
            throw new VaultFormatException(where + " is empty, probably cut short by a crash or a full disk.");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (IOException e) {
            throw new VaultFormatException(where + " is not valid JSON (" + position(e)
                    + "); it may have been cut short or edited by hand.");
        }
        if (tree == null || !tree.isObject() || !tree.path("formatVersion").canConvertToInt()
                || !tree.path("formatVersion").isIntegralNumber()) {
            throw new VaultFormatException(where + " is not an SMH Token Manager vault: it has no formatVersion.");
        }
        int version = tree.get("formatVersion").intValue();
        if (version > FORMAT_VERSION) {
            throw new VaultFormatException(where + " was written by a newer version of SMH Token Manager (format "
                    + version + "; this version reads up to " + FORMAT_VERSION + "). Update SMH Token Manager"
                    + " to open it.", true);
        }
        if (version < 1) {
            throw new VaultFormatException(where + " has an invalid formatVersion " + version + ".");
        }
        try {
            return mapper.treeToValue(tree, VaultDocument.class).toVault();
        } catch (JacksonException e) {
            throw new VaultFormatException(where + " has an entry this version cannot read (" + position(e) + ").");
        } catch (RuntimeException e) {
            // Domain validation (a blank id, a duplicate label, a bad host): its messages name no secret.
            throw new VaultFormatException(where + " has an invalid entry: " + e.getMessage());
        }
    }

    /** Where Jackson stumbled, without the text around it (which could be a token). */
    private static String position(IOException e) {
        if (e instanceof JacksonException jackson && jackson.getLocation() != null) {
            var location = jackson.getLocation();
            return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return "unreadable content";
    }
}
