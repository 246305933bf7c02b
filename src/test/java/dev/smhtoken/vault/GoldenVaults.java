package dev.smhtoken.vault;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.Vault;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The vaults and header whose JSON is kept byte for byte under {@code golden/}: together they use every
 * field with and without a value, non-ASCII text and every kind of character JSON has to escape.
 */
final class GoldenVaults {
    static final String REMEMBERED = "lib-secret \"quoted\" \\ 秘密";

    private GoldenVaults() {
    }

    /** Every optional field both set and null, a remembered secret, settings that differ from the defaults. */
    static Vault full() {
        Instant t0 = Instant.parse("2026-11-25T10:15:30.123456789Z");
        Instant whole = Instant.parse("2026-01-02T03:04:05Z");
        Token generated = new Token("ci \"nightly\" \\ build", AccessToken.of("tok-A\"B\\C-0123456789"),
                t0.plus(Duration.ofHours(24)), t0, Duration.ofHours(24),
                new GenerateOptions(Duration.ofMillis(90_500), "admin,upload_file", "user-7", "client-9", "space-1"),
                null, Boolean.TRUE, List.of(
                new TokenEvent(whole, TokenEvent.Kind.GENERATED, t0, null),
                new TokenEvent(t0, TokenEvent.Kind.RENEWED, t0.plusSeconds(86_400), null),
                new TokenEvent(t0.plusNanos(1), TokenEvent.Kind.FAILED, null, "InvalidAccessToken"),
                new TokenEvent(t0.plusMillis(1), TokenEvent.Kind.FAILED, null, "say \"no\"\\\u0001\t\n\r\b\f\u001f\u007f\u2028"),
                new TokenEvent(t0.plusSeconds(2), TokenEvent.Kind.COPIED, null, null)));
        Token revoked = new Token("中文标签 控制\u0001字符\t", AccessToken.of("tok-revoked-aaaaaaaaaaaaaaaa"), whole,
                whole.minusSeconds(60), Duration.ofSeconds(3600), GenerateOptions.DEFAULTS, whole.plusSeconds(5),
                Boolean.FALSE, List.of(new TokenEvent(whole.plusSeconds(5), TokenEvent.Kind.REVOKED, null, null)));
        Token pasted = Token.pasted("default", AccessToken.of("tok-pasted-bbbbbbbbbbbbbbbbbbbb"));
        Token originOnly = new Token("origin-no-period", AccessToken.of("tok-origin-ccccccccccccc"), null, null, null,
                new GenerateOptions(null, null, "u", null, null), null, null,
                List.of(new TokenEvent(whole, TokenEvent.Kind.ADDED, null, null)));
        Library remembering = new Library(LibraryAddress.of("smh123abc", "https://smh123abc.api.tencentsmh.cn"),
                "媒体库 \"Media\" 📦", List.of(generated, revoked, pasted, originOnly),
                LibrarySecret.wrap(REMEMBERED.toCharArray()));
        Library local = new Library(new LibraryAddress("smhLocal", URI.create("http://127.0.0.1:8443")), null,
                List.of(Token.pasted(null, AccessToken.of("tok-local-ddddddddddddddddd"))));
        Library empty = Library.of("smhEmpty", "Nothing yet 空 \\ \"", null);
        Settings settings = new Settings(Duration.ofSeconds(45), true, 20, Duration.ofMillis(1500),
                Duration.ofDays(2), "dark \"x\"", "zh-CN", Duration.ofMinutes(10));
        return new Vault(List.of(remembering, local, empty), settings);
    }

    /** {@link #full()} as the plain file holds it: without the remembered secret. */
    static Vault fullWithoutSecret() {
        Vault full = full();
        return new Vault(full.libraries().stream().map(l -> l.withRememberedSecret(null)).toList(), full.settings());
    }

    /** A keychain slot and a password slot, as a vault with both holds them. */
    static VaultHeader header() {
        byte[] nonce = bytes(Crypto.NONCE_BYTES, 1);
        byte[] wrapped = bytes(Crypto.KEY_BYTES + Crypto.TAG_BITS / 8, 7);
        return new VaultHeader(List.of(
                new KeySlot(KeySlot.KEYCHAIN, "3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b", null, null, nonce, wrapped),
                new KeySlot(KeySlot.PASSWORD, null, new Argon2Params(65536, 3, 1), bytes(16, 200), bytes(12, 90),
                        bytes(48, 31))));
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed + i * 37);
        }
        return bytes;
    }
}
