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
import java.util.Arrays;
import java.util.List;

/**
 * The vault as it is written to JSON ({@link VaultJsonWriter}, {@link VaultJsonReader}). Kept apart
 * from the domain records so that the file format can change without touching them.
 */
record VaultDocument(int formatVersion, List<StoredLibrary> libraries, SettingsEntry settings) {

    record SettingsEntry(Duration clipboardTimeout, boolean autoRenewByDefault, int renewAheadPercent,
                         Duration renewAheadMinimum, Duration warningLead, String theme, String language,
                         Duration lockAfterIdle, Boolean keepRunningInBackground) {
    }

    record EventEntry(Instant at, TokenEvent.Kind kind, Instant expiresAt, String code) {
    }

    /**
     * @param rememberedSecret the library secret the user chose to keep (format 2), left out of the
     *                         JSON when there is none, so such a vault reads as format 1 did
     */
    record StoredLibrary(String libraryId, String host, String name, List<StoredToken> tokens,
                        char[] rememberedSecret) {
        @Override
        public String toString() {
            return "StoredLibrary[libraryId=" + libraryId + ", rememberedSecret=" + (rememberedSecret == null ? "none" : "redacted") + "]";
        }
    }

    record StoredToken(String label, String value, Instant expiresAt, Instant renewedAt, Duration period,
                      OriginEntry origin, Instant revokedAt, Boolean autoRenew, List<EventEntry> history) {
        @Override
        public String toString() {
            return "StoredToken[label=" + label + ", value=redacted]";
        }
    }

    record OriginEntry(Duration period, String grant, String userId, String clientId, String spaceId) {
    }

    /** The document of {@code vault}; remembered library secrets only {@code withSecrets} (for an encrypted file). */
    static VaultDocument from(Vault vault, int formatVersion, boolean withSecrets) {
        Settings s = vault.settings();
        return new VaultDocument(formatVersion, vault.libraries().stream().map(l -> entry(l, withSecrets)).toList(),
                new SettingsEntry(s.clipboardTimeout(), s.autoRenewByDefault(), s.renewAheadPercent(),
                        s.renewAheadMinimum(), s.warningLead(), s.theme(), s.language(), s.lockAfterIdle(),
                        s.keepRunningInBackground()));
    }

    private static StoredLibrary entry(Library library, boolean withSecret) {
        char[] secret = withSecret && library.remembersSecret() ? library.rememberedSecret().copyChars() : null;
        return new StoredLibrary(library.id(), library.host().toString(), library.name(),
                library.tokens().stream().map(VaultDocument::entry).toList(), secret);
    }

    /** Overwrites the copies of remembered secrets this document holds, once it has been written. */
    void wipeSecrets() {
        for (StoredLibrary library : libraries == null ? List.<StoredLibrary>of() : libraries) {
            if (library != null && library.rememberedSecret() != null) {
                Arrays.fill(library.rememberedSecret(), '\0');
            }
        }
    }

    private static StoredToken entry(Token token) {
        GenerateOptions origin = token.origin();
        OriginEntry originEntry = origin == null ? null : new OriginEntry(origin.period(), origin.grant(),
                origin.userId(), origin.clientId(), origin.spaceId());
        return new StoredToken(token.label(), token.value().reveal(), token.expiresAt(), token.renewedAt(),
                token.period(), originEntry, token.revokedAt(), token.autoRenew(),
                token.history().stream().map(e -> new EventEntry(e.at(), e.kind(), e.expiresAt(), e.code())).toList());
    }

    /** The domain vault; throws the domain's validation errors for entries that make no sense. */
    Vault toVault() {
        if (libraries == null) {
            throw new IllegalArgumentException("the list of libraries is missing");
        }
        return new Vault(libraries.stream().map(VaultDocument::library).toList(), domainSettings());
    }

    private Settings domainSettings() {
        if (settings == null) {
            return Settings.DEFAULTS;
        }
        SettingsEntry e = settings;
        return new Settings(e.clipboardTimeout(), e.autoRenewByDefault(), e.renewAheadPercent(), e.renewAheadMinimum(),
                e.warningLead(), e.theme(), e.language(), e.lockAfterIdle(),
                e.keepRunningInBackground() == null || e.keepRunningInBackground());
    }

    private static Library library(StoredLibrary entry) {
        if (entry == null || entry.host() == null) {
            throw new IllegalArgumentException("a library has no host");
        }
        List<StoredToken> tokens = entry.tokens() == null ? List.of() : entry.tokens();
        // The array the reader made is handed over whole: no String copy of the secret is ever made.
        LibrarySecret remembered = entry.rememberedSecret() == null ? null : LibrarySecret.wrap(entry.rememberedSecret());
        return new Library(new LibraryAddress(entry.libraryId(), URI.create(entry.host())), entry.name(),
                tokens.stream().map(VaultDocument::token).toList(), remembered);
    }

    private static Token token(StoredToken entry) {
        if (entry == null) {
            throw new IllegalArgumentException("a token entry is empty");
        }
        OriginEntry o = entry.origin();
        GenerateOptions origin = o == null ? null
                : new GenerateOptions(o.period(), o.grant(), o.userId(), o.clientId(), o.spaceId());
        List<TokenEvent> history = entry.history() == null ? List.of() : entry.history().stream()
                .map(e -> new TokenEvent(e.at(), e.kind(), e.expiresAt(), e.code())).toList();
        return new Token(entry.label(), AccessToken.saved(entry.value()), entry.expiresAt(), entry.renewedAt(),
                entry.period(), origin, entry.revokedAt(), entry.autoRenew(), history);
    }
}
