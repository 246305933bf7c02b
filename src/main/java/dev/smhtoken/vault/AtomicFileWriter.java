package dev.smhtoken.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or the file after a crash or power cut, only ever shows the old
 * or the new content in full: write a temp file in the same folder, flush it to the disk, rename
 * it over the target, then flush the folder so that the rename itself is durable.
 */
final class AtomicFileWriter {
    static final String TEMP_PREFIX = ".smh-write-";
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // Created 0600 up front, so the content is never readable by others, not even briefly.
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX, OwnerOnly.fileAttributes());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this only happens on exotic file systems; still better than failing.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            OwnerOnly.restrictFile(target);
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Removes temp files a killed writer left behind; only call while holding the write lock. */
    static void deleteLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static void syncFolder(Path folder) {
        // POSIX can fsync a directory; Windows cannot open one this way, and NTFS journals renames.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file content itself is already on disk.
        }
    }
}
