package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The clear part of an encrypted vault: its key slots. Stored as a small JSON object. The app writes
 * at most one keychain slot and one password slot, so a header with more is refused as edited: a
 * planted header cannot make an open derive many costly keys.
 */
record VaultHeader(List<KeySlot> slots) {
    static final int MAX_SLOTS = 2;

    /** Only the streaming part of Jackson: the header is read while the app starts (see VaultJsonCodec). */
    private static final JsonFactory JSON = new JsonFactory();

    VaultHeader {
        slots = List.copyOf(slots);
    }

    Optional<KeySlot> keychainSlot() {
        return slots.stream().filter(s -> s.type().equals(KeySlot.KEYCHAIN)).findFirst();
    }

    List<KeySlot> passwordSlots() {
        return slots.stream().filter(s -> s.type().equals(KeySlot.PASSWORD)).toList();
    }

    VaultHeader withoutPasswordSlots() {
        return new VaultHeader(slots.stream().filter(s -> !s.type().equals(KeySlot.PASSWORD)).toList());
    }

    VaultHeader plus(KeySlot slot) {
        List<KeySlot> more = new ArrayList<>(slots);
        more.add(slot);
        return new VaultHeader(more);
    }

    private record SlotJson(String type, String id, String kdf, Integer memoryKiB, Integer iterations,
                            Integer parallelism, String salt, String nonce, String wrappedKey) {
    }

    /** Compact JSON, fields without a value left out (the bytes are covered by the file's checksum and tag). */
    byte[] toJson() {
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeArrayFieldStart("slots");
                for (KeySlot slot : slots) {
                    writeSlot(g, slot);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSlot(JsonGenerator g, KeySlot s) throws IOException {
        g.writeStartObject();
        writeIfPresent(g, "type", s.type());
        writeIfPresent(g, "id", s.id());
        if (s.kdf() != null) {
            g.writeStringField("kdf", "argon2id");
            g.writeNumberField("memoryKiB", s.kdf().memoryKiB());
            g.writeNumberField("iterations", s.kdf().iterations());
            g.writeNumberField("parallelism", s.kdf().parallelism());
        }
        writeIfPresent(g, "salt", encode(s.salt()));
        writeIfPresent(g, "nonce", encode(s.nonce()));
        writeIfPresent(g, "wrappedKey", encode(s.wrappedKey()));
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** Parses and validates a header; a {@link VaultFormatException} says what is wrong. */
    static VaultHeader fromJson(byte[] json) {
        List<SlotJson> parsed;
        try {
            parsed = readSlots(json);
        } catch (IOException | RuntimeException e) {
            throw edited(UserText.of("error.vault.header.notJson"));
        }
        if (parsed == null || parsed.isEmpty()) {
            throw edited(UserText.of("error.vault.header.noSlot"));
        }
        if (parsed.size() > MAX_SLOTS) {
            throw edited(UserText.of("error.vault.header.tooManySlots", String.valueOf(MAX_SLOTS)));
        }
        List<KeySlot> slots = new ArrayList<>();
        for (SlotJson s : parsed) {
            if (s == null) {
                throw edited(UserText.of("error.vault.header.emptySlot"));
            }
            Argon2Params kdf = null;
            if (s.kdf() != null || s.memoryKiB() != null || s.iterations() != null || s.parallelism() != null) {
                if (!"argon2id".equals(s.kdf()) || s.memoryKiB() == null || s.iterations() == null
                        || s.parallelism() == null) {
                    throw edited(UserText.of("error.vault.header.unknownKdf"));
                }
                kdf = new Argon2Params(s.memoryKiB(), s.iterations(), s.parallelism());
            }
            KeySlot slot = new KeySlot(s.type(), s.id(), kdf, decode(s.salt()), decode(s.nonce()),
                    decode(s.wrappedKey()));
            UserText problem = slot.problem();
            if (problem != null) {
                throw edited(problem);
            }
            if (slots.stream().anyMatch(other -> other.type().equals(slot.type()))) {
                throw edited(UserText.of("error.vault.header.repeatedSlotType"));
            }
            slots.add(slot);
        }
        return new VaultHeader(slots);
    }

    /**
     * The slots as written, or null for a JSON null or a missing list. As with the vault JSON, an
     * unknown field or trailing content is refused, a repeated key within a slot has its last value
     * win and values are coerced as {@link JsonScalars} describes.
     */
    private static List<SlotJson> readSlots(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == null) {
                throw new JsonParseException(p, "no content", p.currentTokenLocation());
            }
            List<SlotJson> slots = null;
            boolean seen = false;
            if (!VaultJsonReader.isNull(p)) {
                while (VaultJsonReader.nextField(p)) {
                    // A second list of slots is refused: the earlier reader refused it too, and only an
                    // edit could put one there.
                    if (!p.currentName().equals("slots") || seen) {
                        throw new UnexpectedJsonException(p);
                    }
                    seen = true;
                    slots = VaultJsonReader.list(p, VaultHeader::readSlot);
                }
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "trailing content after the header", p.currentTokenLocation());
            }
            return slots;
        }
    }

    private static SlotJson readSlot(JsonParser p) throws IOException {
        if (VaultJsonReader.isNull(p)) {
            return null;
        }
        String type = null;
        String id = null;
        String kdf = null;
        Integer memoryKiB = null;
        Integer iterations = null;
        Integer parallelism = null;
        String salt = null;
        String nonce = null;
        String wrappedKey = null;
        while (VaultJsonReader.nextField(p)) {
            switch (p.currentName()) {
                case "type" -> type = JsonScalars.string(p);
                case "id" -> id = JsonScalars.string(p);
                case "kdf" -> kdf = JsonScalars.string(p);
                case "memoryKiB" -> memoryKiB = JsonScalars.optionalInt(p);
                case "iterations" -> iterations = JsonScalars.optionalInt(p);
                case "parallelism" -> parallelism = JsonScalars.optionalInt(p);
                case "salt" -> salt = JsonScalars.string(p);
                case "nonce" -> nonce = JsonScalars.string(p);
                case "wrappedKey" -> wrappedKey = JsonScalars.string(p);
                default -> throw new UnexpectedJsonException(p);
            }
        }
        return new SlotJson(type, id, kdf, memoryKiB, iterations, parallelism, salt, nonce, wrappedKey);
    }

    private static VaultFormatException edited(UserText what) {
        return new VaultFormatException(UserText.of("error.vault.format.headerEdited", what));
    }

    private static String encode(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw edited(UserText.of("error.vault.header.notBase64"));
        }
    }
}
