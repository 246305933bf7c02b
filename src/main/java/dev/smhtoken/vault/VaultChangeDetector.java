package dev.smhtoken.vault;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Tells the window that the vault file changed on disk (for instance because the command line
 * saved it), so that it reloads. Meant to be polled from a worker thread every second or two:
 * each poll costs one {@code stat}. Not thread-safe; one detector per poller.
 */
public final class VaultChangeDetector {
    private final Path vaultFile;
    private FileFingerprint lastSeen;

    public VaultChangeDetector(Path vaultFile) {
        this.vaultFile = Objects.requireNonNull(vaultFile);
        this.lastSeen = FileFingerprint.of(vaultFile);
    }

    /** True once for each change since the previous call (or since construction). */
    public boolean changedSinceLastCheck() {
        FileFingerprint now = FileFingerprint.of(vaultFile);
        boolean changed = !now.equals(lastSeen);
        lastSeen = now;
        return changed;
    }

    /** Forgets changes so far, e.g. right after a reload, so that they are not reported again. */
    public void acknowledge() {
        lastSeen = FileFingerprint.of(vaultFile);
    }
}
