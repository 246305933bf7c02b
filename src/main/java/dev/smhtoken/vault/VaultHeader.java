package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The clear part of an encrypted vault: its key slots. Stored as a small JSON object. */
record VaultHeader(List<KeySlot> slots) {
    static final int MAX_SLOTS = 8;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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

    private record HeaderJson(List<SlotJson> slots) {
    }

    byte[] toJson() {
        List<SlotJson> json = slots.stream().map(s -> new SlotJson(s.type(), s.id(),
                s.kdf() == null ? null : "argon2id",
                s.kdf() == null ? null : s.kdf().memoryKiB(),
                s.kdf() == null ? null : s.kdf().iterations(),
                s.kdf() == null ? null : s.kdf().parallelism(),
                encode(s.salt()), encode(s.nonce()), encode(s.wrappedKey()))).toList();
        try {
            return MAPPER.writeValueAsBytes(new HeaderJson(json));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and validates a header; a {@link VaultFormatException} says what is wrong. */
    static VaultHeader fromJson(byte[] json) {
        HeaderJson parsed;
        try {
            parsed = MAPPER.readValue(json, HeaderJson.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw edited(UserText.of("error.vault.header.notJson"));
        }
        if (parsed == null || parsed.slots() == null || parsed.slots().isEmpty()) {
            throw edited(UserText.of("error.vault.header.noSlot"));
        }
        if (parsed.slots().size() > MAX_SLOTS) {
            throw edited(UserText.of("error.vault.header.tooManySlots", String.valueOf(MAX_SLOTS)));
        }
        List<KeySlot> slots = new ArrayList<>();
        for (SlotJson s : parsed.slots()) {
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
            slots.add(slot);
        }
        return new VaultHeader(slots);
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
