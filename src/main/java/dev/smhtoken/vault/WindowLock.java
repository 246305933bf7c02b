package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held by a window for its whole life, so that a second window on the same data folder is refused
 * (two windows would each renew and save the same tokens). The command line does not take it, so it
 * keeps working beside an open window; the vault's own write lock keeps their saves apart. The OS
 * releases the lock when the process dies, so a crash never leaves the folder blocked.
 */
public final class WindowLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WindowLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the window lock of {@code dataDirectory} (which must exist), or throws
     * {@link WindowAlreadyOpenException} saying that another window has it.
     */
    public static WindowLock tryAcquire(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve(VaultFolder.WINDOW_LOCK_FILE);
        FileChannel channel = null;
        try {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, OwnerOnly.fileAttributes());
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // made by the other window a moment ago: the lock below decides
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                Path folder = dataDirectory.toAbsolutePath();
                throw new WindowAlreadyOpenException(holder == null ? UserText.of("error.window.alreadyOpen", folder)
                        : UserText.of("error.window.alreadyOpenByProcess", folder, holder));
            }
            // Who holds it, for the message the next window shows; the lock itself is what counts.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new WindowLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WindowAlreadyOpenException(UserText.of("error.window.lockFailed", dataDirectory.toAbsolutePath(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** The process id of the window that holds the lock, or null when unknown. */
    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(20);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        } finally {
            closeQuietly(channel);
        }
    }
}
