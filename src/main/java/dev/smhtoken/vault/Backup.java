package dev.smhtoken.vault;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of the vault: the file as it was before the save numbered {@code sequence}. */
public record Backup(Path file, Instant savedAt, long sequence) {
}
