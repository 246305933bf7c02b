package dev.smhtoken.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.vault.VaultDocument.EventEntry;
import dev.smhtoken.vault.VaultDocument.StoredLibrary;
import dev.smhtoken.vault.VaultDocument.OriginEntry;
import dev.smhtoken.vault.VaultDocument.SettingsEntry;
import dev.smhtoken.vault.VaultDocument.StoredToken;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the vault JSON with the streaming parser alone, in two passes as the earlier tree-based
 * reader did: {@link #formatVersion} checks the whole text is JSON and finds the version wherever it
 * stands (so that a newer file is called newer, never unreadable), then {@link #read} maps it.
 *
 * <p>Rules kept from the earlier reader: a field this version does not know is refused anywhere
 * (it would be lost on the next save); a missing field is null, or false/0 for {@code boolean}/
 * {@code int} settings, as is a JSON null there; when a key appears twice the last one wins, as the
 * tree did; values are coerced as {@link JsonScalars} describes. Syntax problems (the first pass
 * finds them all) are a {@link JsonParseException}; a value of the wrong shape is an
 * {@link UnexpectedJsonException} at that value.
 */
final class VaultJsonReader {
    private final JsonFactory factory;

    VaultJsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * The {@code formatVersion} of the top-level object, or null when there is none that is a whole
     * number in {@code int} range. Throws when the text is not one well-formed JSON value.
     */
    Integer formatVersion(byte[] json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Integer version = null;
            if (first == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("formatVersion")) {
                        version = value == JsonToken.VALUE_NUMBER_INT
                                && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
                    }
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "trailing content after the document", p.currentTokenLocation());
            }
            return version;
        }
    }

    /** The document of JSON that {@link #formatVersion} accepted as {@code version}. */
    VaultDocument read(byte[] json, int version) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            p.nextToken();
            List<StoredLibrary> libraries = null;
            SettingsEntry settings = null;
            while (nextField(p)) {
                switch (p.currentName()) {
                    case "formatVersion" -> p.skipChildren(); // already read by formatVersion()
                    case "libraries" -> libraries = list(p, VaultJsonReader::library);
                    case "settings" -> settings = settings(p);
                    default -> throw new UnexpectedJsonException(p);
                }
            }
            return new VaultDocument(version, libraries, settings);
        }
    }

    private static StoredLibrary library(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        String id = null;
        String host = null;
        String name = null;
        List<StoredToken> tokens = null;
        char[] secret = null;
        try {
            while (nextField(p)) {
                switch (p.currentName()) {
                    case "libraryId" -> id = JsonScalars.string(p);
                    case "host" -> host = JsonScalars.string(p);
                    case "name" -> name = JsonScalars.string(p);
                    case "tokens" -> tokens = list(p, VaultJsonReader::token);
                    case "rememberedSecret" -> {
                        wipe(secret); // a repeated key: the last one wins
                        secret = JsonScalars.chars(p);
                    }
                    default -> throw new UnexpectedJsonException(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            wipe(secret);
            throw e;
        }
        return new StoredLibrary(id, host, name, tokens, secret);
    }

    private static StoredToken token(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        String label = null;
        String value = null;
        Instant expiresAt = null;
        Instant renewedAt = null;
        Duration period = null;
        OriginEntry origin = null;
        Instant revokedAt = null;
        Boolean autoRenew = null;
        List<EventEntry> history = null;
        while (nextField(p)) {
            switch (p.currentName()) {
                case "label" -> label = JsonScalars.string(p);
                case "value" -> value = JsonScalars.string(p);
                case "expiresAt" -> expiresAt = JsonScalars.instant(p);
                case "renewedAt" -> renewedAt = JsonScalars.instant(p);
                case "period" -> period = JsonScalars.duration(p);
                case "origin" -> origin = origin(p);
                case "revokedAt" -> revokedAt = JsonScalars.instant(p);
                case "autoRenew" -> autoRenew = JsonScalars.optionalBoolean(p);
                case "history" -> history = list(p, VaultJsonReader::event);
                default -> throw new UnexpectedJsonException(p);
            }
        }
        return new StoredToken(label, value, expiresAt, renewedAt, period, origin, revokedAt, autoRenew, history);
    }

    private static OriginEntry origin(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        Duration period = null;
        String grant = null;
        String userId = null;
        String clientId = null;
        String spaceId = null;
        while (nextField(p)) {
            switch (p.currentName()) {
                case "period" -> period = JsonScalars.duration(p);
                case "grant" -> grant = JsonScalars.string(p);
                case "userId" -> userId = JsonScalars.string(p);
                case "clientId" -> clientId = JsonScalars.string(p);
                case "spaceId" -> spaceId = JsonScalars.string(p);
                default -> throw new UnexpectedJsonException(p);
            }
        }
        return new OriginEntry(period, grant, userId, clientId, spaceId);
    }

    private static EventEntry event(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        Instant at = null;
        TokenEvent.Kind kind = null;
        Instant expiresAt = null;
        String code = null;
        while (nextField(p)) {
            switch (p.currentName()) {
                case "at" -> at = JsonScalars.instant(p);
                case "kind" -> kind = JsonScalars.enumConstant(p, TokenEvent.Kind.class);
                case "expiresAt" -> expiresAt = JsonScalars.instant(p);
                case "code" -> code = JsonScalars.string(p);
                default -> throw new UnexpectedJsonException(p);
            }
        }
        return new EventEntry(at, kind, expiresAt, code);
    }

    private static SettingsEntry settings(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        Duration clipboardTimeout = null;
        boolean autoRenewByDefault = false;
        int renewAheadPercent = 0;
        Duration renewAheadMinimum = null;
        Duration warningLead = null;
        String theme = null;
        String language = null;
        Duration lockAfterIdle = null;
        Boolean keepRunningInBackground = null;
        while (nextField(p)) {
            switch (p.currentName()) {
                case "clipboardTimeout" -> clipboardTimeout = JsonScalars.duration(p);
                case "autoRenewByDefault" -> autoRenewByDefault = JsonScalars.primitiveBoolean(p);
                case "renewAheadPercent" -> renewAheadPercent = JsonScalars.primitiveInt(p);
                case "renewAheadMinimum" -> renewAheadMinimum = JsonScalars.duration(p);
                case "warningLead" -> warningLead = JsonScalars.duration(p);
                case "theme" -> theme = JsonScalars.string(p);
                case "language" -> language = JsonScalars.string(p);
                case "lockAfterIdle" -> lockAfterIdle = JsonScalars.duration(p);
                case "keepRunningInBackground" -> keepRunningInBackground = JsonScalars.primitiveBoolean(p);
                default -> throw new UnexpectedJsonException(p);
            }
        }
        return new SettingsEntry(clipboardTimeout, autoRenewByDefault, renewAheadPercent, renewAheadMinimum,
                warningLead, theme, language, lockAfterIdle, keepRunningInBackground);
    }

    /** Reads one element; the parser stands on its first token. */
    interface ElementReader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** A JSON array (null stays null; null elements are kept, for the domain to refuse). */
    static <T> List<T> list(JsonParser p, ElementReader<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new UnexpectedJsonException(p);
        }
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(element.read(p));
        }
        return items;
    }

    /** True on a JSON null; otherwise the value must be an object, whose fields {@link #nextField} then walks. */
    static boolean isNull(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return true;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new UnexpectedJsonException(p);
        }
        return false;
    }

    /** Moves to the next field's value, whose name {@link JsonParser#currentName()} gives; false at the object's end. */
    static boolean nextField(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return false;
        }
        p.nextToken();
        return true;
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
