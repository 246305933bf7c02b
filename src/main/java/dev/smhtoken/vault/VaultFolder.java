package dev.smhtoken.vault;

import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files of one data folder, and reading them with clear errors. */
final class VaultFolder {
    static final String ENCRYPTED_FILE = "vault.smhv";
    static final String WINDOW_LOCK_FILE = "window.lock";
    static final String BACKUPS_FOLDER = "backups";
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
        this.plain = dir.resolve(PlainVaultStore.FILE_NAME);
        this.backups = dir.resolve(BACKUPS_FOLDER);
        this.writeLock = new ExclusiveFileLock(dir.resolve(PlainVaultStore.LOCK_FILE_NAME));
    }

    /** The file's bytes, or null when it does not exist. */
    static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new VaultException("The vault file " + file + " is far too large to be a vault. It was left as"
                        + " it is: restore the newest good backup, or move it away.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new VaultException("The vault file " + file + " could not be read (" + e.getMessage()
                    + "). Check its permissions; it was left as it is.", e);
        }
    }

    VaultFileFormat.Parsed parse(byte[] bytes, Path file) {
        try {
            return VaultFileFormat.parse(bytes);
        } catch (VaultFormatException e) {
            throw unreadable(file, e);
        }
    }

    VaultException unreadable(Path file, VaultFormatException e) {
        return new VaultException("The vault file " + file + " " + e.getMessage() + advice(e.newerVersion()));
    }

    VaultException damagedBody(Path file) {
        return new VaultException("The vault file " + file + " is damaged or was changed outside SMH Token Manager:"
                + " its contents fail the integrity check." + advice(false));
    }

    String advice(boolean newerVersion) {
        return newerVersion ? " It was left as it is."
                : " It was left as it is: restore the newest good backup (the last five saves are kept in "
                + backups + ").";
    }

    VaultException saveFailed(IOException e) {
        return new VaultException("The vault could not be saved to " + encrypted + " (" + e.getMessage()
                + "). Your previous vault is unchanged; free some disk space or check the folder's permissions,"
                + " then try again.", e);
    }
}
