package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files of one data folder, and reading them with clear errors. */
final class VaultFolder {
    static final String ENCRYPTED_FILE = "vault.smhv";
    static final String WINDOW_LOCK_FILE = "window.lock";
    static final String BACKUPS_FOLDER = "backups";
    static final String LOCK_FILE = "vault.lock";
    /**
     * The unencrypted vault of the development versions before encryption. Never read: nothing
     * proves who wrote it, and a planted one could point a library at someone else's server.
     * Beside no vault file, it is what is left of a vault, so no new vault starts over it.
     */
    static final String PLAIN_FILE = "vault.json";
    /** Far above any real vault (10,000 tokens take a few MB); protects against reading a huge crafted file. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    final Path dir;
    final Path encrypted;
    final Path plain;
    final Path backups;
    final ExclusiveFileLock writeLock;

    VaultFolder(Path dataDirectory) {
        this.dir = dataDirectory.toAbsolutePath().normalize();
        this.encrypted = dir.resolve(ENCRYPTED_FILE);
        this.plain = dir.resolve(PLAIN_FILE);
        this.backups = dir.resolve(BACKUPS_FOLDER);
        this.writeLock = new ExclusiveFileLock(dir.resolve(LOCK_FILE));
    }

    /** The file's bytes, or null when it does not exist. */
    static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new VaultException(UserText.of("error.vault.fileTooLarge", file));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new VaultException(UserText.of("error.vault.fileUnreadable", file, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * What is left of a vault whose file is gone: its backups folder when it holds backups, else a
     * file a restore set aside, else a plain vault of a development version; null when there is nothing. Over such remains no new vault is
     * started: its saves would rotate the backups away.
     */
    Path remainsOfAVault() {
        if (!Backups.listIn(backups).isEmpty()) {
            return backups;
        }
        try (DirectoryStream<Path> aside = Files.newDirectoryStream(dir, "vault-unreadable-*.smhv")) {
            for (Path file : aside) {
                return file;
            }
        } catch (IOException e) {
            // No folder, or one that cannot be listed: nothing known to be left.
        }
        return Files.exists(plain) ? plain : null;
    }

    /** The vault file is gone but {@code remains} are left: what to do instead of starting anew. */
    VaultException missing(Path remains) {
        if (remains.equals(plain)) {
            return new VaultException(UserText.of("error.vault.plainNotRead", plain, encrypted));
        }
        return new VaultException(UserText.of("error.vault.missing", encrypted, remains));
    }

    VaultFileFormat.Parsed parse(byte[] bytes, Path file) {
        try {
            return VaultFileFormat.parse(bytes);
        } catch (VaultFormatException e) {
            throw unreadable(file, e);
        }
    }

    /** "The vault file X" + what is wrong with it + what to do. */
    VaultException unreadable(Path file, VaultFormatException e) {
        return new VaultException(UserText.of("error.vault.fileProblem", file, e.problem(), advice(e.newerVersion())));
    }

    VaultException damagedBody(Path file) {
        return new VaultException(UserText.of("error.vault.fileProblem", file, UserText.of("error.vault.format.integrity"),
                advice(false)));
    }

    private UserText advice(boolean newerVersion) {
        return newerVersion ? UserText.of("error.vault.advice.leftAsIs") : UserText.of("error.vault.advice.restoreBackup", backups);
    }

    VaultException saveFailed(IOException e) {
        return new VaultException(UserText.of("error.vault.saveFailed", encrypted, String.valueOf(e.getMessage())), e);
    }
}
