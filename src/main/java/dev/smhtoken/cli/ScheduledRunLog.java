package dev.smhtoken.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

/**
 * The log of the scheduled renews in the data folder: what each run did, one line per token, so
 * that someone can tell afterwards why a token lapsed. The lines are the renew's own report, which
 * names tokens by reference and never holds a token or a secret. Kept small: past
 * {@value #LIMIT_BYTES} bytes the file moves to {@code .1} (replacing the one before).
 */
final class ScheduledRunLog {
    static final String FILE_NAME = "scheduled-renew.log";
    static final long LIMIT_BYTES = 256 * 1024;

    private final Path file;
    private final Clock clock;

    ScheduledRunLog(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    /** Appends one line; a log that cannot be written never stops the renew (it says so on stderr). */
    void line(String text, java.io.PrintStream complaints) {
        try {
            if (Files.size(file) > LIMIT_BYTES) {
                Files.move(file, file.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no file yet (NoSuchFile), or it could not be moved: appending below says what matters
        }
        try {
            if (!Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, clock.instant() + " " + text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            complaints.println("The log " + file + " could not be written (" + e.getMessage() + ").");
        }
    }
}
