package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The vault as a plain JSON file ({@value #FILE_NAME}): the format of the development versions
 * before the vault was encrypted. The app no longer reads it (nothing proves who wrote such a
 * file); the tests keep it as a store without encryption (benchmarks of the use cases, JSON round
 * trips) and to plant the file in tests that prove it is never opened. Saves are atomic and
 * owner-only; an update is read-modify-write under the vault's exclusive lock; a file that cannot
 * be read is never overwritten. Remembered library secrets are never written here.
 */
public final class PlainVaultStore implements VaultStore {
    public static final String FILE_NAME = VaultFolder.PLAIN_FILE;
    static final String LOCK_FILE_NAME = VaultFolder.LOCK_FILE;

    private final Path file;
    private final ExclusiveFileLock lock;
    private final VaultJsonCodec codec = new VaultJsonCodec();

    /** A store for {@value #FILE_NAME} in {@code dataDirectory}, which must exist. */
    public PlainVaultStore(Path dataDirectory) {
        Path folder = Objects.requireNonNull(dataDirectory).toAbsolutePath();
        this.file = folder.resolve(FILE_NAME);
        this.lock = new ExclusiveFileLock(folder.resolve(LOCK_FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** One {@code stat}; differs after every save by anyone. */
    public FileFingerprint fingerprint() {
        return FileFingerprint.of(file);
    }

    @Override
    public Vault load() {
        // No lock needed: saves rename a complete file into place, so a reader sees old or new.
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Vault.EMPTY;
        } catch (IOException e) {
            throw new VaultException(UserText.of("error.vault.fileUnreadable", file, String.valueOf(e.getMessage())), e);
        }
        try {
            return codec.decode(bytes);
        } catch (VaultFormatException e) {
            throw new VaultException(UserText.of("error.vault.fileProblem", file, e.problem(),
                    UserText.of("error.vault.advice.leftAsIs")));
        }
    }

    @Override
    public Vault update(UnaryOperator<Vault> change) {
        Objects.requireNonNull(change);
        try (ExclusiveFileLock.Held held = lock.acquire()) {
            Vault current = load();
            Vault changed = withoutRememberedSecrets(Objects.requireNonNull(change.apply(current), "change returned null"));
            try {
                AtomicFileWriter.deleteLeftovers(file.getParent());
                AtomicFileWriter.write(file, codec.encodeWithoutSecrets(changed));
            } catch (IOException e) {
                throw new VaultException(UserText.of("error.vault.saveFailed", file, String.valueOf(e.getMessage())), e);
            }
            return changed;
        }
    }

    /** The vault as this file can hold it, so that what {@link #update} returns is what was saved. */
    private static Vault withoutRememberedSecrets(Vault vault) {
        return new Vault(vault.libraries().stream().map(l -> l.withRememberedSecret(null)).toList(), vault.settings());
    }

    @Override
    public String toString() {
        return "PlainVaultStore[" + file + "]";
    }
}
