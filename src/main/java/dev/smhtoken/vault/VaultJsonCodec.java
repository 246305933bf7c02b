package dev.smhtoken.vault;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import dev.smhtoken.token.ExplainedFailure;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.UserText;
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
 *
 * <p>Only the streaming part of Jackson is used ({@link VaultJsonWriter}, {@link VaultJsonReader}):
 * the vault is opened while the app starts, and the object mapper would load hundreds of classes
 * there for two small documents.
 */
final class VaultJsonCodec {
    static final int FORMAT_VERSION = 2;
    static final int FORMAT_WITHOUT_REMEMBERED_SECRETS = 1;

    private final JsonFactory factory = new JsonFactory();
    private final VaultJsonWriter writer = new VaultJsonWriter(factory);
    private final VaultJsonReader reader = new VaultJsonReader(factory);

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
            return writer.write(document);
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
        Integer version;
        try {
            version = reader.formatVersion(json);
        } catch (IOException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.notJson", position(e)));
        }
        if (version == null) {
            throw new VaultFormatException(UserText.of("error.vault.format.noFormatVersion"));
        }
        if (version > FORMAT_VERSION) {
            throw new VaultFormatException(UserText.of("error.vault.format.newerJson", String.valueOf(version),
                    String.valueOf(FORMAT_VERSION)), true);
        }
        if (version < 1) {
            throw new VaultFormatException(UserText.of("error.vault.format.invalidFormatVersion", String.valueOf(version)));
        }
        VaultDocument document;
        try {
            document = reader.read(json, version);
        } catch (UnexpectedJsonException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.unreadableEntry", position(e.location())));
        } catch (IOException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.unreadableEntry", position(e)));
        }
        try {
            return document.toVault();
        } catch (RuntimeException e) {
            // The vault is not used, so the secrets read for it are wiped.
            document.wipeSecrets();
            // Domain validation (a blank id, a duplicate label, a bad host): its messages name no secret.
            throw new VaultFormatException(UserText.of("error.vault.format.invalidEntry",
                    e instanceof ExplainedFailure explained ? explained.userText() : e.getMessage()));
        }
    }

    /** Where Jackson stumbled, without the text around it (which could be a token). */
    private static UserText position(IOException e) {
        return position(e instanceof JacksonException jackson ? jackson.getLocation() : null);
    }

    private static UserText position(JsonLocation location) {
        if (location == null) {
            return UserText.of("error.vault.format.unreadableContent");
        }
        return UserText.of("error.vault.format.position", String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr()));
    }
}
