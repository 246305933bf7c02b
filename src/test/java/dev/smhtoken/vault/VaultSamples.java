package dev.smhtoken.vault;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.Vault;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Vaults that use every field, with and without values. */
final class VaultSamples {
    static final String SECRET_TOKEN = "tok-Sup3rSecretValue-0123456789abcdef";

    private VaultSamples() {
    }

    static Vault rich() {
        Instant t0 = Instant.parse("2026-11-25T10:15:30.123456789Z");
        Token full = new Token("ci", AccessToken.of(SECRET_TOKEN), t0.plus(Duration.ofHours(24)), t0,
                Duration.ofHours(24),
                new GenerateOptions(Duration.ofHours(24), "admin,upload", "user-7", "client-9", "space-1"), null);
        Token revoked = new Token("old", AccessToken.of("tok-revoked-aaaaaaaaaaaaaaaa"), t0, t0.minusSeconds(60),
                Duration.ofSeconds(3600), GenerateOptions.DEFAULTS, t0.plusSeconds(5));
        Token pasted = Token.pasted("default", AccessToken.of("tok-pasted-bbbbbbbbbbbbbbbbbbbb"));
        Library first = new Library(LibraryAddress.of("smh123abc", "https://smh123abc.api.tencentsmh.cn"), "Media",
                List.of(full, revoked, pasted));
        Library second = new Library(new LibraryAddress("smhLocal", URI.create("http://127.0.0.1:8443")), null,
                List.of(Token.pasted(null, AccessToken.of("tok-local-ccccccccccccccccc"))));
        Library empty = Library.of("smhEmpty", "Nothing yet 空", null);
        return new Vault(List.of(first, second, empty));
    }

    static Library numbered(String prefix, int n) {
        return Library.of(prefix + "-" + n, "Library " + n, null)
                .withToken(Token.pasted("default", AccessToken.of("tok-" + prefix + "-" + n + "-xxxxxxxxxxxx")));
    }
}
