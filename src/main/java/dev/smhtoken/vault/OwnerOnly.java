package dev.smhtoken.vault;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions: 0600 for files, 0700 for folders. On file systems without POSIX
 * permissions (Windows) files inherit the per-user ACL of the profile folder they live in, which is
 * already owner-only, so nothing is done there.
 */
final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Attributes that make a new file owner-only from its very first byte. */
    static FileAttribute<?>[] fileAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    static void restrictFile(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Creates the folder and missing parents, each 0700. A folder that already exists keeps its
     * mode: it may be one the user chose with --data-dir, such as their home folder, which is not
     * ours to change; the vault's own files are 0600 whatever the folder's mode.
     */
    static Path createDirectories(Path folder) throws IOException {
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }
}
