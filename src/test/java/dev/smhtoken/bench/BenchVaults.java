package dev.smhtoken.bench;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.Argon2Params;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.VaultOpenerGate;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes benchmark vaults through the app's own store, so the app loads exactly what it saves. */
final class BenchVaults {
    static final int TOKENS_PER_LIBRARY = 50;
    static final Duration PERIOD = Duration.ofHours(24);
    /** Nothing listens here: a vault that is only looked at must never reach a real host. */
    static final String UNREACHABLE_HOST = "http://127.0.0.1:9";

    /** Gives each new token its value (the emulator issues real ones for the renew benchmark). */
    interface TokenValues {
        String issue(String libraryId, Duration period, Instant expiresAt);
    }

    private BenchVaults() {
    }

    /**
     * The way into a vault the app's launcher builds ({@code DesktopApp}): the encrypted vault,
     * its key in {@code keychain}.
     */
    static VaultOpenerGate gate(Path dataDir, KeychainAccess keychain) {
        return new VaultOpenerGate(dataDir, keychain, Argon2Params.RECOMMENDED, Clock.systemUTC());
    }

    /**
     * The store the app opens: the encrypted vault, its key in the keychain (the app then opens it
     * without a question, as for a user with a desktop keychain).
     */
    static VaultStore store(Path dataDir, KeychainAccess keychain) {
        if (!keychain.isAvailable()) {
            throw new IllegalArgumentException("the benchmark vaults keep their key in a keychain");
        }
        VaultOpenerGate gate = gate(dataDir, keychain);
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    /** A vault of {@code tokens} tokens on an unreachable host, in a new folder under {@code parent}. */
    static Path write(Path parent, String name, int tokens, Instant now, KeychainAccess keychain) {
        Random random = new Random(tokens);
        return write(parent, name, tokens, UNREACHABLE_HOST, now, (library, period, expiresAt) -> randomValue(random),
                keychain);
    }

    static Path write(Path parent, String name, int tokens, String host, Instant now, TokenValues values,
                      KeychainAccess keychain) {
        try {
            Path dir = parent.resolve(name);
            deleteRecursively(dir);
            Files.createDirectories(dir);
            List<Library> libraries = libraries(tokens, host, now, values);
            store(dir, keychain).update(vault -> {
                var result = vault;
                for (Library library : libraries) {
                    result = result.withLibrary(library);
                }
                return result;
            });
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Library> libraries(int tokens, String host, Instant now, TokenValues values) {
        Random spread = new Random(42);
        List<Library> libraries = new ArrayList<>();
        for (int first = 0, number = 1; first < tokens; first += TOKENS_PER_LIBRARY, number++) {
            String libraryId = String.format("smhbench%04d", number);
            List<Token> libraryTokens = new ArrayList<>();
            for (int i = first; i < Math.min(tokens, first + TOKENS_PER_LIBRARY); i++) {
                // Mostly valid tokens, some close to expiry, as a real vault would hold.
                Instant expiresAt = now.plusSeconds(120 + spread.nextInt((int) PERIOD.getSeconds() - 120));
                String value = values.issue(libraryId, PERIOD, expiresAt);
                libraryTokens.add(new Token(String.format("token-%05d", i), AccessToken.of(value), expiresAt,
                        expiresAt.minus(PERIOD), PERIOD, null, null));
            }
            libraries.add(new Library(LibraryAddress.of(libraryId, host), "Bench library " + number, libraryTokens));
        }
        return libraries;
    }

    private static String randomValue(Random random) {
        StringBuilder value = new StringBuilder("acctk");
        for (int i = 0; i < 48; i++) {
            value.append(Character.forDigit(random.nextInt(16), 16));
        }
        return value.toString();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
