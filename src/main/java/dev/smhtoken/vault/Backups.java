package dev.smhtoken.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last few versions of the vault file, each saved just before it is replaced. Names carry the
 * time and a sequence number; the sequence orders them, so a clock set back cannot make the
 * rotation delete the newest.
 */
final class Backups {
    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("vault-(\\d{8}T\\d{6}\\.\\d{3}Z)-(\\d{1,18})\\.smhv");

    private final Path folder;
    private final Clock clock;

    Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Keeps {@code current} (whose bytes, already verified, are {@code content}) as the newest backup,
     * {@value #KEEP} in all. Call under the write lock, just before {@code current} is replaced.
     * Only backups {@code ours} accepts (those of the vault key saving) are ever deleted: the backups
     * of another vault, whose file was put in this one's place, stay until a user moves them.
     */
    void save(Path current, byte[] content, Predicate<Path> ours) throws IOException {
        OwnerOnly.createDirectories(folder);
        AtomicFileWriter.deleteLeftovers(folder);
        List<Backup> existing = list();
        // Make room first, so that a crash between the two steps never leaves more than KEEP.
        int kept = 0;
        for (Backup old : existing) {
            // Only the ones past the newest KEEP - 1 are tested: usually one file per save.
            if (kept < KEEP - 1) {
                kept++;
            } else if (ours.test(old.file())) {
                Files.deleteIfExists(old.file());
            }
        }
        long next = existing.isEmpty() ? 1 : existing.get(0).sequence() + 1;
        Path backup = folder.resolve("vault-" + STAMP.format(clock.instant()) + "-" + String.format("%06d", next) + ".smhv");
        try {
            // A hard link keeps the file that the coming rename unlinks from the data folder: no
            // bytes to write or flush. Saves only ever replace the vault file, never change it in place.
            Files.createLink(backup, current);
            AtomicFileWriter.syncFolder(folder);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(backup);
            AtomicFileWriter.write(backup, content);
        }
    }

    /** Newest first. */
    List<Backup> list() {
        return listIn(folder);
    }

    /** The backups in {@code folder}, newest first. */
    static List<Backup> listIn(Path folder) {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "vault-*.smhv")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    try {
                        found.add(new Backup(file, STAMP.parse(m.group(1), Instant::from), Long.parseLong(m.group(2))));
                    } catch (DateTimeParseException | NumberFormatException e) {
                        // not one of ours: leave it alone
                    }
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparingLong(Backup::sequence).reversed());
        return found;
    }

    static String stamp(Instant at) {
        return STAMP.format(at);
    }
}
