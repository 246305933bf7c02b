package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a header that this version did not write is read: as the versions before it read it. */
class VaultHeaderJsonTest {
    private static final String HEADER = new String(VaultJsonGoldenTest.golden("header.json"), StandardCharsets.UTF_8);
    private static final String NOT_JSON = "is damaged or was edited: its header is not valid JSON.";

    private static String problem(String json) {
        return assertThrows(VaultFormatException.class,
                () -> VaultHeader.fromJson(json.getBytes(StandardCharsets.UTF_8))).problem().english();
    }

    private static Argon2Params kdfOf(String json) {
        return VaultHeader.fromJson(json.getBytes(StandardCharsets.UTF_8)).passwordSlots().get(0).kdf();
    }

    @Test
    void whatIsNotAHeaderOfThisShapeIsNotJson() {
        for (String json : new String[] {"", " ", "[]", "42", "\"x\"", "{\"slots\":{}}", "{\"slots\":[1]}",
                "{\"slots\":[[]]}", "[".repeat(5000) + "]".repeat(5000), HEADER.substring(0, HEADER.length() / 2),
                HEADER + "{}", HEADER.replace("{\"slots\":[", "{\"extra\":null,\"slots\":["),
                HEADER.replace("{\"type\":\"keychain\"", "{\"zz\":1,\"type\":\"keychain\""),
                HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":true"),
                HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":99999999999"),
                HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":\"128.5\""),
                HEADER.replace("\"salt\":\"yO0SN1yBpsvwFTpfhKnO8w==\"", "\"salt\":[]"),
                HEADER.replace("{\"slots\":[", "{\"slots\":null,\"slots\":[")}) {
            assertEquals(NOT_JSON, problem(json), json);
        }
    }

    @Test
    void noSlotsAndEmptySlotsAreToldApart() {
        String noSlot = "is damaged or was edited: its header lists no key slot.";
        assertEquals(noSlot, problem("null"));
        assertEquals(noSlot, problem("{}"));
        assertEquals(noSlot, problem("{\"slots\":null}"));
        assertEquals(noSlot, problem("{\"slots\":[]}"));
        assertEquals("is damaged or was edited: its header has an empty key slot.", problem("{\"slots\":[null]}"));
    }

    @Test
    void numbersAreCoercedAsBefore() {
        assertEquals(new Argon2Params(64, 3, 1), kdfOf(HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":\"64\"")));
        assertEquals(new Argon2Params(64, 3, 1), kdfOf(HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":64.5")));
        assertEquals(new Argon2Params(1000, 3, 1), kdfOf(HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":1e3")));
        assertEquals("is damaged or was edited: a key slot names an unknown or incomplete key derivation.",
                problem(HEADER.replace("\"memoryKiB\":65536", "\"memoryKiB\":\"\"")));
    }

    @Test
    void withinASlotTheLastOfARepeatedKeyWinsAndOrderDoesNotMatter() {
        VaultHeader header = VaultHeader.fromJson((HEADER.replace("{\"type\":\"keychain\"", "{\"type\":\"password\",\"type\":\"keychain\"")
                + "\n ").getBytes(StandardCharsets.UTF_8));
        assertEquals(HEADER, new String(header.toJson(), StandardCharsets.UTF_8));
        assertEquals("is damaged or was edited: a key slot has an unknown type.",
                problem(HEADER.replace("\"type\":\"keychain\"", "\"type\":1")));
    }
}
