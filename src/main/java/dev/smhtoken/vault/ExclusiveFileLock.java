package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of a vault: an OS file lock on a separate lock file (so that the window and the
 * command line, two processes, take turns) plus an in-process lock, because an OS file lock is held
 * by the whole JVM and a second {@code lock()} from another thread of the same JVM would fail
 * instead of waiting.
 */
final class ExclusiveFileLock {
    // JVM-wide on purpose: the OS lock is JVM-wide too, so two stores on the same folder in one
    // process must share the in-process half to queue instead of colliding.
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock inProcess;

    ExclusiveFileLock(Path lockFile) {
        this.lockFile = lockFile.toAbsolutePath().normalize();
        this.inProcess = IN_PROCESS.computeIfAbsent(this.lockFile, key -> new ReentrantLock());
    }

    /** Blocks until this thread holds the lock in this JVM and across processes. */
    Held acquire() {
        inProcess.lock();
        FileChannel channel = null;
        try {
            if (inProcess.getHoldCount() > 1) {
                return new Held(null, null);
            }
            if (!Files.exists(lockFile)) {
                try {
                    Files.createFile(lockFile, OwnerOnly.fileAttributes());
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first: fine
                }
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock osLock = channel.lock();
            return new Held(channel, osLock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw new VaultException(UserText.of("error.vault.lockFileFailed", lockFile, String.valueOf(e.getMessage())), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock anyway
            }
        }
    }

    /** A held lock; closing it releases both halves. */
    final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock osLock;

        private Held(FileChannel channel, FileLock osLock) {
            this.channel = channel;
            this.osLock = osLock;
        }

        @Override
        public void close() {
            try {
                if (osLock != null) {
                    osLock.release();
                }
            } catch (IOException ignored) {
                // closing the channel below releases it as well
            } finally {
                closeQuietly(channel);
                inProcess.unlock();
            }
        }
    }
}
