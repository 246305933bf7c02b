package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.Vault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history, the auto-renew choice and the settings survive a save and a load. */
class VaultDocumentRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void historyAutoRenewAndSettingsRoundTrip() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        Token token = new Token("default", AccessToken.of("acctk0123456789abcdef"), t.plusSeconds(60), t,
                Duration.ofHours(24), null, null, Boolean.TRUE, List.of(
                new TokenEvent(t, TokenEvent.Kind.RENEWED, t.plusSeconds(60), null),
                new TokenEvent(t.plusSeconds(5), TokenEvent.Kind.FAILED, null, "InvalidAccessToken")));
        Settings settings = new Settings(Duration.ofSeconds(45), true, 20, Duration.ofMinutes(7),
                Duration.ofMinutes(30), "dark", "zh-CN", Duration.ofMinutes(10));
        Vault vault = new Vault(List.of(new Library(LibraryAddress.of("smh1", null), "One", List.of(token))), settings);

        PlainVaultStore store = new PlainVaultStore(folder);
        store.update(v -> vault);
        Vault loaded = new PlainVaultStore(folder).load();

        assertEquals(settings, loaded.settings());
        Token back = loaded.libraries().get(0).tokens().get(0);
        assertEquals(Boolean.TRUE, back.autoRenew());
        assertEquals(token.history(), back.history());
        assertEquals(token, back);
    }

    /** Off is written and read back; a vault that never mentions it (every earlier one) keeps running in the tray. */
    @Test
    void keepRunningInBackgroundIsKeptAndDefaultsToOn() throws Exception {
        PlainVaultStore store = new PlainVaultStore(folder);
        store.update(v -> new Vault(List.of(), Settings.DEFAULTS.withKeepRunningInBackground(false)));
        assertEquals(false, new PlainVaultStore(folder).load().settings().keepRunningInBackground());
        String written = java.nio.file.Files.readString(folder.resolve(PlainVaultStore.FILE_NAME));
        assertEquals(true, written.contains("\"keepRunningInBackground\" : false")
                || written.contains("\"keepRunningInBackground\":false"), written);

        store.update(v -> new Vault(List.of(), Settings.DEFAULTS));
        String onByDefault = java.nio.file.Files.readString(folder.resolve(PlainVaultStore.FILE_NAME));
        assertEquals(false, onByDefault.contains("keepRunningInBackground"), "the default is left out: " + onByDefault);
        assertEquals(true, new PlainVaultStore(folder).load().settings().keepRunningInBackground());
    }
}
