package dev.smhtoken.app;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.SmhGateway;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.Argon2Params;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo: a local SMH emulator on 127.0.0.1 and a throw-away vault holding a few libraries
 * whose tokens it issued, one close to expiry, one expired, one pasted with an unknown expiry.
 * Both go away when the app closes; the user's own vault is never touched.
 */
final class DemoWorkspace implements AutoCloseable {
    private static final Duration DAY = Duration.ofHours(24);
    private final SmhEmulator emulator;
    private final Path folder;
    private final TokenUseCases useCases;

    private DemoWorkspace(SmhEmulator emulator, Path folder, TokenUseCases useCases) {
        this.emulator = emulator;
        this.folder = folder;
        this.useCases = useCases;
    }

    static DemoWorkspace start(SmhGateway smh, Clock clock) {
        SmhEmulator emulator = SmhEmulator.start(clock);
        try {
            Path folder = Files.createTempDirectory("smh-token-manager-demo");
            // Encrypted like the real one, with a key that lives only as long as this process.
            VaultStore store = new VaultOpenerGate(folder, new ProcessKeychain(), Argon2Params.RECOMMENDED, clock)
                    .create(null);
            TokenUseCases useCases = TokenUseCases.of(smh, store, clock);
            useCases.catalog().putAll(seed(emulator, clock.instant()));
            return new DemoWorkspace(emulator, folder, useCases);
        } catch (IOException e) {
            emulator.close();
            throw new UncheckedIOException("cannot create the demo's temporary folder", e);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    TokenUseCases useCases() {
        return useCases;
    }

    private static List<Library> seed(SmhEmulator emulator, Instant now) {
        String host = emulator.baseUri().toString();
        return List.of(
                library(emulator, host, "smhdemo1marketing", "Marketing assets",
                        issued(emulator, "smhdemo1marketing", "default", DAY, now.plus(Duration.ofHours(21)), now, null),
                        issued(emulator, "smhdemo1marketing", "uploader", Duration.ofHours(6),
                                now.plus(Duration.ofMinutes(317)), now,
                                new GenerateOptions(Duration.ofHours(6), "upload_file,begin_upload,confirm_upload",
                                        "designer-01", null, null))),
                library(emulator, host, "smhdemo2photos", "Product photos",
                        issued(emulator, "smhdemo2photos", "default", DAY, now.plus(Duration.ofMinutes(12)), now, null)),
                library(emulator, host, "smhdemo3archive", "Archive 2024",
                        issued(emulator, "smhdemo3archive", "default", DAY, now.minus(Duration.ofHours(2)), now, null)),
                library(emulator, host, "smhdemo4partner", "Partner share",
                        Token.pasted("default", AccessToken.of(
                                emulator.issueToken("smhdemo4partner", DAY, now.plus(Duration.ofHours(9)))))));
    }

    private static Library library(SmhEmulator emulator, String host, String id, String name, Token... tokens) {
        emulator.addLibrary(id, "demo-secret-" + id);
        return new Library(LibraryAddress.of(id, host), name, List.of(tokens));
    }

    private static Token issued(SmhEmulator emulator, String libraryId, String label, Duration period,
                                Instant expiresAt, Instant now, GenerateOptions origin) {
        emulator.addLibrary(libraryId, "demo-secret-" + libraryId);
        String value = emulator.issueToken(libraryId, period, expiresAt);
        return new Token(label, AccessToken.of(value), expiresAt, expiresAt.minus(period).isBefore(now)
                ? expiresAt.minus(period) : now, period, origin, null);
    }

    @Override
    public void close() {
        emulator.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder the OS will clean up; nothing of the user's is in it.
        }
    }
}
