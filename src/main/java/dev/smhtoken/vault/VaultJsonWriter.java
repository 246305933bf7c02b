package dev.smhtoken.vault;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.smhtoken.vault.VaultDocument.EventEntry;
import dev.smhtoken.vault.VaultDocument.StoredLibrary;
import dev.smhtoken.vault.VaultDocument.OriginEntry;
import dev.smhtoken.vault.VaultDocument.SettingsEntry;
import dev.smhtoken.vault.VaultDocument.StoredToken;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a {@link VaultDocument} with the streaming generator alone, byte for byte as the earlier
 * object-mapper writer did (its indented output is the default pretty printer): fields in record
 * order, nulls written, except a library's remembered secret, which is left out when there is none.
 */
final class VaultJsonWriter {
    private final JsonFactory factory;

    VaultJsonWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * The UTF-8 JSON. The generator's buffers and the builder's segments keep encoded copies of the
     * document, remembered secrets included, until they are collected; they are not reachable from here.
     */
    byte[] write(VaultDocument document) throws IOException {
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("formatVersion", document.formatVersion());
                g.writeArrayFieldStart("libraries");
                for (StoredLibrary library : document.libraries()) {
                    library(g, library);
                }
                g.writeEndArray();
                g.writeFieldName("settings");
                settings(g, document.settings());
                g.writeEndObject();
            }
            return out.toByteArray();
        }
    }

    private static void library(JsonGenerator g, StoredLibrary library) throws IOException {
        g.writeStartObject();
        g.writeStringField("libraryId", library.libraryId());
        g.writeStringField("host", library.host());
        g.writeStringField("name", library.name());
        g.writeArrayFieldStart("tokens");
        for (StoredToken token : library.tokens()) {
            token(g, token);
        }
        g.writeEndArray();
        char[] secret = library.rememberedSecret();
        if (secret != null) {
            g.writeFieldName("rememberedSecret");
            g.writeString(secret, 0, secret.length);
        }
        g.writeEndObject();
    }

    private static void token(JsonGenerator g, StoredToken token) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", token.label());
        g.writeStringField("value", token.value());
        g.writeStringField("expiresAt", text(token.expiresAt()));
        g.writeStringField("renewedAt", text(token.renewedAt()));
        g.writeStringField("period", text(token.period()));
        g.writeFieldName("origin");
        origin(g, token.origin());
        g.writeStringField("revokedAt", text(token.revokedAt()));
        g.writeFieldName("autoRenew");
        if (token.autoRenew() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(token.autoRenew());
        }
        g.writeArrayFieldStart("history");
        for (EventEntry event : token.history()) {
            g.writeStartObject();
            g.writeStringField("at", text(event.at()));
            g.writeStringField("kind", event.kind() == null ? null : event.kind().name());
            g.writeStringField("expiresAt", text(event.expiresAt()));
            g.writeStringField("code", event.code());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void origin(JsonGenerator g, OriginEntry origin) throws IOException {
        if (origin == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("period", text(origin.period()));
        g.writeStringField("grant", origin.grant());
        g.writeStringField("userId", origin.userId());
        g.writeStringField("clientId", origin.clientId());
        g.writeStringField("spaceId", origin.spaceId());
        g.writeEndObject();
    }

    private static void settings(JsonGenerator g, SettingsEntry s) throws IOException {
        g.writeStartObject();
        g.writeStringField("clipboardTimeout", text(s.clipboardTimeout()));
        g.writeBooleanField("autoRenewByDefault", s.autoRenewByDefault());
        g.writeNumberField("renewAheadPercent", s.renewAheadPercent());
        g.writeStringField("renewAheadMinimum", text(s.renewAheadMinimum()));
        g.writeStringField("warningLead", text(s.warningLead()));
        g.writeStringField("theme", s.theme());
        g.writeStringField("language", s.language());
        g.writeStringField("lockAfterIdle", text(s.lockAfterIdle()));
        // Written only when turned off: a vault left at the default still opens in earlier versions.
        if (Boolean.FALSE.equals(s.keepRunningInBackground())) {
            g.writeBooleanField("keepRunningInBackground", false);
        }
        g.writeEndObject();
    }

    /** ISO-8601, as the date and time module wrote instants and durations; null stays null. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String text(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
