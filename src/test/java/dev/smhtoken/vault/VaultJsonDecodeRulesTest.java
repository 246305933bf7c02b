package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.Vault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How the vault JSON is read when it is not what this version writes: each case is a real document,
 * and each outcome is what the versions before this one gave for it (positions aside: they now point
 * at the value, where the earlier reader could not say).
 */
class VaultJsonDecodeRulesTest {
    private static final String SECRET = "tok-visible-secret-0123456789";
    private static final String UNREADABLE = "has an entry this version cannot read (at line %d, column %d).";
    private static final String NO_VERSION = "is not an SMH Token Manager vault: it has no formatVersion.";

    private final VaultJsonCodec codec = new VaultJsonCodec();

    /** One library with one token; {@code tokenFields} and {@code settingsFields} replace the defaults. */
    private static String vault(String tokenFields, String settingsFields) {
        return """
                {"formatVersion":1,"libraries":[{"libraryId":"smh1","host":"https://smh1.api.tencentsmh.cn",
                "tokens":[{%s}]}],
                "settings":{%s}}""".formatted(tokenFields, settingsFields);
    }

    private static final String TOKEN = "\"label\":\"t\",\"value\":\"" + SECRET + "\"";
    private static final String SETTINGS = "\"clipboardTimeout\":\"PT30S\",\"autoRenewByDefault\":true,"
            + "\"renewAheadPercent\":10,\"renewAheadMinimum\":\"PT5M\",\"warningLead\":\"PT15M\",\"lockAfterIdle\":\"PT0S\"";

    private Vault decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private String problem(String json) {
        VaultFormatException e = assertThrows(VaultFormatException.class, () -> decode(json));
        String text = e.problem().english();
        assertFalse(text.contains(SECRET), text);
        return text;
    }

    private Token onlyToken(String tokenFields) {
        return decode(vault(tokenFields, SETTINGS)).libraries().get(0).tokens().get(0);
    }

    @Test
    void theDocumentFromWhichTheCasesAreMadeReads() {
        Token token = onlyToken(TOKEN);
        assertEquals(SECRET, token.value().reveal());
        assertTrue(decode(vault(TOKEN, SETTINGS)).settings().autoRenewByDefault());
    }

    @Test
    void aMissingOrNonIntegralFormatVersionIsNoVaultOfOurs() {
        for (String json : new String[] {" ", "null", "[]", "42", "{}", "{\"libraries\":[]}",
                "{\"formatVersion\":\"1\",\"libraries\":[]}", "{\"formatVersion\":1.0,\"libraries\":[]}",
                "{\"formatVersion\":1e0,\"libraries\":[]}", "{\"formatVersion\":null,\"libraries\":[]}",
                "{\"formatVersion\":99999999999,\"libraries\":[]}", "[{\"formatVersion\":1,\"libraries\":[]}]"}) {
            assertEquals(NO_VERSION, problem(json), json);
        }
        assertEquals("is empty, probably cut short by a crash or a full disk.", problem(""));
    }

    @Test
    void aNewerFormatIsCalledNewerWhateverElseTheFileHolds() {
        for (String json : new String[] {"{\"formatVersion\":3,\"libraries\":[]}",
                "{\"formatVersion\":3,\"libraries\":7,\"somethingNew\":{\"a\":[1]}}",
                "{\"libraries\":7,\"formatVersion\":3}", "{\"formatVersion\":1,\"formatVersion\":3,\"libraries\":[]}"}) {
            VaultFormatException e = assertThrows(VaultFormatException.class, () -> decode(json));
            assertTrue(e.newerVersion(), json);
            assertEquals("was written by a newer version of SMH Token Manager (format 3; this version reads up to 2)."
                    + " Update SMH Token Manager to open it.", e.problem().english());
        }
    }

    @Test
    void aFormatVersionBelowOneIsInvalid() {
        assertEquals("has an invalid formatVersion 0.", problem("{\"formatVersion\":0,\"libraries\":[]}"));
        assertEquals("has an invalid formatVersion -1.", problem("{\"formatVersion\":-1,\"libraries\":[]}"));
        assertFalse(assertThrows(VaultFormatException.class,
                () -> decode("{\"formatVersion\":0,\"libraries\":[]}")).newerVersion());
    }

    @Test
    void theFormatVersionMayStandAnywhereAndTheLastOneCounts() {
        assertEquals(Vault.EMPTY, decode("{\"libraries\":[],\"formatVersion\":1}"));
        assertEquals(Vault.EMPTY, decode("{\"formatVersion\":3,\"formatVersion\":1,\"libraries\":[]}"));
    }

    @Test
    void brokenJsonSaysWhereItBreaks() {
        assertEquals("is not valid JSON (at line 1, column 25); it may have been cut short or edited by hand.",
                problem("{\"formatVersion\":1,\"libr"));
        assertEquals("is not valid JSON (at line 3, column 6); it may have been cut short or edited by hand.",
                problem("{\"formatVersion\":1,\n \"libraries\":[],\n \"x\":tok-visible-secret-0123456789}"));
        assertEquals("is not valid JSON (at line 1, column 36); it may have been cut short or edited by hand.",
                problem("{\"formatVersion\":1,\"libraries\":[]} {}"), "trailing tokens");
        assertEquals("is not valid JSON (at line 1, column 35); it may have been cut short or edited by hand.",
                problem("{\"formatVersion\":1,\"libraries\":[],/* no comments */\"settings\":null}"));
        assertEquals(Vault.EMPTY, decode("{\"formatVersion\":1,\"libraries\":[]}\n\n  "), "trailing white space is fine");
    }

    @Test
    void anUnknownFieldIsRefusedAtEveryLevel() {
        String unknown = "\"surprise\":\"" + SECRET + "\"";
        assertEquals(UNREADABLE.formatted(1, 46),
                problem("{\"formatVersion\":1,\"libraries\":[]," + unknown + "}"));
        assertEquals(UNREADABLE.formatted(2, 12),
                problem(vault(TOKEN, SETTINGS).replace("\"tokens\"", unknown + ",\"tokens\"")));
        assertEquals(UNREADABLE.formatted(2, 23),
                problem(vault(unknown + "," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 45),
                problem(vault("\"origin\":{\"grant\":\"g\",\"surprise\":null}," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 78),
                problem(vault("\"history\":[{\"at\":\"2026-01-01T00:00:00Z\",\"kind\":\"ADDED\",\"surprise\":{}}]," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(3, 24),
                problem(vault(TOKEN, unknown + "," + SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 20), problem(vault("\"Label\":\"t\",\"value\":\"v\"", SETTINGS)),
                "names are case-sensitive");
    }

    @Test
    void aValueOfTheWrongTypeIsUnreadableWhereItStands() {
        String json = """
                {"formatVersion":1,"libraries":[],
                  "settings":{"clipboardTimeout":"PT30S",
                    "renewAheadPercent":"tok-visible-secret-0123456789"}}""";
        assertEquals(UNREADABLE.formatted(3, 25), problem(json), "a string where a number is expected");
        assertEquals(UNREADABLE.formatted(1, 32), problem("{\"formatVersion\":1,\"libraries\":1}"), "a number for a list");
        assertEquals(UNREADABLE.formatted(1, 32), problem("{\"formatVersion\":1,\"libraries\":{}}"), "an object for a list");
        assertEquals(UNREADABLE.formatted(1, 33), problem("{\"formatVersion\":1,\"libraries\":[\"smh1\"]}"), "text for a library");
        assertEquals(UNREADABLE.formatted(1, 46), problem("{\"formatVersion\":1,\"libraries\":[],\"settings\":[]}"), "a list for settings");
        assertEquals(UNREADABLE.formatted(2, 20), problem(vault("\"label\":{},\"value\":\"v\"", SETTINGS)), "an object for text");
        assertEquals(UNREADABLE.formatted(2, 20), problem(vault("\"label\":[\"t\"],\"value\":\"v\"", SETTINGS)), "a list for text");
        assertEquals(UNREADABLE.formatted(2, 24), problem(vault("\"expiresAt\":\"tomorrow\"," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 24), problem(vault("\"expiresAt\":\"2026-01-01T00:00:00\"," + TOKEN, SETTINGS)),
                "an instant needs its offset");
        assertEquals(UNREADABLE.formatted(2, 21), problem(vault("\"period\":\"3600\"," + TOKEN, SETTINGS)),
                "a duration as text must be ISO-8601");
        assertEquals(UNREADABLE.formatted(2, 21), problem(vault("\"period\":true," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 24), problem(vault("\"autoRenew\":\"yes\"," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 24), problem(vault("\"autoRenew\":1.0," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 59), problem(vault(
                "\"history\":[{\"at\":\"2026-01-01T00:00:00Z\",\"kind\":\"added\"}]," + TOKEN, SETTINGS)), "enum names are exact");
        assertEquals(UNREADABLE.formatted(2, 59), problem(vault(
                "\"history\":[{\"at\":\"2026-01-01T00:00:00Z\",\"kind\":6}]," + TOKEN, SETTINGS)), "no seventh kind");
        assertEquals(UNREADABLE.formatted(3, 86), problem(vault(TOKEN, SETTINGS.replace("10", "99999999999"))),
                "beyond int");
        assertEquals(UNREADABLE.formatted(2, 22), problem(vault("\"history\":7," + TOKEN, SETTINGS)));
        assertEquals(UNREADABLE.formatted(2, 21), problem(vault("\"origin\":\"\"," + TOKEN, SETTINGS)));
    }

    @Test
    void missingAndNullFieldsAreNullOrFalseOrZeroAsBefore() {
        Token pasted = onlyToken("\"value\":\"" + SECRET + "\"");
        assertEquals(Token.DEFAULT_LABEL, pasted.label());
        assertNull(pasted.expiresAt());
        assertNull(pasted.autoRenew());
        assertEquals(0, pasted.history().size());
        assertNull(onlyToken(TOKEN + ",\"origin\":null,\"history\":null,\"period\":\"\"").origin());

        // A null for the boolean setting is false, as it was.
        String nullBoolean = SETTINGS.replace("\"autoRenewByDefault\":true", "\"autoRenewByDefault\":null");
        assertFalse(decode(vault(TOKEN, nullBoolean)).settings().autoRenewByDefault());
        assertFalse(decode(vault(TOKEN, SETTINGS.replace("\"autoRenewByDefault\":true,", ""))).settings().autoRenewByDefault());
        // A null or missing share is 0, which the settings refuse.
        String range = "has an invalid entry: The renew-ahead share must be between 1% and 90% of a token's period.";
        assertEquals(range, problem(vault(TOKEN, SETTINGS.replace("\"renewAheadPercent\":10", "\"renewAheadPercent\":null"))));
        assertEquals(range, problem(vault(TOKEN, SETTINGS.replace("\"renewAheadPercent\":10,", ""))));

        assertEquals(Settings.DEFAULTS, decode("{\"formatVersion\":1,\"libraries\":[],\"settings\":null}").settings());
        assertEquals("has an invalid entry: the list of libraries is missing", problem("{\"formatVersion\":1}"));
        assertEquals("has an invalid entry: a library has no host", problem("{\"formatVersion\":1,\"libraries\":[null]}"));
        assertEquals("has an invalid entry: a token entry is empty", problem(vault("", SETTINGS).replace("[{}]", "[null]")));
        assertEquals("has an invalid entry: at", problem(vault("\"history\":[{\"kind\":\"ADDED\"}]," + TOKEN, SETTINGS)));
    }

    @Test
    void valuesTheEarlierReaderCoercedStillRead() {
        Token token = onlyToken(TOKEN.replace("\"t\"", "123") + ",\"expiresAt\":1700000000,\"renewedAt\":\"1700000000.5\","
                + "\"period\":3600,\"revokedAt\":\" 2026-01-01T00:00:00+0000 \",\"autoRenew\":\"TRUE\","
                + "\"history\":[{\"at\":\"2026-01-01t00:00:00z\",\"kind\":0,\"expiresAt\":\"\"},"
                + "{\"at\":1.5,\"kind\":\" RENEWED\",\"code\":404}]");
        assertEquals("123", token.label());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), token.expiresAt());
        assertEquals(Instant.ofEpochSecond(1_700_000_000, 500_000_000), token.renewedAt());
        assertEquals(Duration.ofHours(1), token.period());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), token.revokedAt());
        assertEquals(Boolean.TRUE, token.autoRenew());
        assertEquals(new TokenEvent(Instant.parse("2026-01-01T00:00:00Z"), TokenEvent.Kind.ADDED, null, null), token.history().get(0));
        assertEquals(new TokenEvent(Instant.ofEpochSecond(1, 500_000_000), TokenEvent.Kind.RENEWED, null, "404"), token.history().get(1));

        Settings settings = decode(vault(TOKEN, SETTINGS.replace("\"renewAheadPercent\":10", "\"renewAheadPercent\":\" 20 \"")
                .replace("\"autoRenewByDefault\":true", "\"autoRenewByDefault\":0")
                .replace("\"clipboardTimeout\":\"PT30S\"", "\"clipboardTimeout\":45.5"))).settings();
        assertEquals(20, settings.renewAheadPercent());
        assertFalse(settings.autoRenewByDefault());
        assertEquals(Duration.ofMillis(45_500), settings.clipboardTimeout());
        assertEquals(20, decode(vault(TOKEN, SETTINGS.replace("10", "20.9"))).settings().renewAheadPercent(), "cut, not rounded");
    }

    @Test
    void aRepeatedKeyHasItsLastValueWin() {
        assertEquals("b", onlyToken("\"label\":\"a\",\"label\":\"b\",\"value\":\"v\"").label());
        String json = vault(TOKEN, SETTINGS).replace("\"tokens\"", "\"rememberedSecret\":\"first\",\"rememberedSecret\":\"second\",\"tokens\"")
                .replace("\"formatVersion\":1", "\"formatVersion\":2");
        assertArrayEquals("second".toCharArray(), decode(json).libraries().get(0).rememberedSecret().copyChars());
    }

    @Test
    void theRememberedSecretIsReadAsCharacters() {
        String base = vault(TOKEN, SETTINGS).replace("\"formatVersion\":1", "\"formatVersion\":2");
        String escaped = base.replace("\"tokens\"", "\"rememberedSecret\":\"s\\u0065cr\\\"et\",\"tokens\"");
        assertArrayEquals("secr\"et".toCharArray(), decode(escaped).libraries().get(0).rememberedSecret().copyChars());
        String asArray = base.replace("\"tokens\"", "\"rememberedSecret\":[\"a\",\"b\"],\"tokens\"");
        assertArrayEquals("ab".toCharArray(), decode(asArray).libraries().get(0).rememberedSecret().copyChars());
        assertEquals(UNREADABLE.formatted(2, 20), problem(base.replace("\"tokens\"", "\"rememberedSecret\":42,\"tokens\"")));
        assertEquals("has an invalid entry: The library secret is empty: copy it from the SMH console.",
                problem(base.replace("\"tokens\"", "\"rememberedSecret\":\" \",\"tokens\"")));
    }

    @Test
    void entriesTheDomainRefusesAreInvalidWithoutQuotingSecrets() {
        assertEquals("has an invalid entry: The host \"ftp://x\" must start with https://.",
                problem(vault(TOKEN, SETTINGS).replace("https://smh1.api.tencentsmh.cn", "ftp://x")));
        assertEquals("has an invalid entry: token labels must be unique within a library",
                problem(vault(TOKEN + "},{" + TOKEN, SETTINGS)));
        assertEquals("has an invalid entry: The clipboard timeout must be between 5 seconds and 10 minutes.",
                problem(vault(TOKEN, SETTINGS.replace("PT30S", "PT1S"))));
        assertEquals("has an invalid entry: error.settings.clipboardTimeoutRange", problem(vault(TOKEN, "")),
                "settings without fields: the message the domain gives, as before");
    }
}
