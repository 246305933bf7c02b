package dev.smhtoken.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What a file looks like from the outside: identity, size and modification time. Every save
 * renames a new file into place, so its identity (the inode on POSIX) changes even when size and
 * time happen to match; comparing fingerprints tells cheaply, with one {@code stat}, that another
 * process saved the vault.
 */
public record FileFingerprint(boolean exists, Object fileKey, long size, long modifiedNanos) {
    public static final FileFingerprint MISSING = new FileFingerprint(false, null, -1, -1);

    public static FileFingerprint of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileFingerprint(true, attributes.fileKey(), attributes.size(),
                    attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            // Unreadable attributes: report a distinct state so a later readable one counts as a change.
            return new FileFingerprint(true, null, -2, -2);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileFingerprint that && exists == that.exists && size == that.size
                && modifiedNanos == that.modifiedNanos && Objects.equals(fileKey, that.fileKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exists, fileKey, size, modifiedNanos);
    }
}
