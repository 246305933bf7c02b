package dev.smhtoken.vault;

import dev.smhtoken.token.RenewJournal;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renew journal of an encrypted vault: one small file per running app in the folder
 * {@value #FOLDER} beside the vault, encrypted with the vault key (AES-GCM, a fresh nonce each
 * write), so it shows no library or label to whoever reads the folder and cannot be forged. It
 * holds token names and times, never a token.
 *
 * <p>The app that writes a file holds an OS lock on it for as long as it has renews in flight, and
 * deletes it when the last one settles. It is rewritten when a renew is added, not when one
 * settles (see {@link #settled}). An OS lock ends with its process, so a file whose lock can
 * be taken was left by an app that ended: its renews are the ones {@link #leftBehind()} reports.
 * The file is rewritten in place, not replaced (a new file would not carry the lock): one
 * length-prefixed write, so a process that is killed leaves the old content or the new, never a mix.
 * Written with {@code force}, so a power cut does not lose it either.
 */
final class RenewJournalFile implements RenewJournal {
    static final String FOLDER = "renews-in-flight";
    static final String SUFFIX = ".journal";
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Path folder;
    private final Crypto crypto;
    private final RenewJournalCodec codec;
    /** This app's renews in flight, how many callers hold each, and the earliest time each was noted. */
    private final Map<TokenRef, Held> inFlight = new LinkedHashMap<>();
    /** Where each renew {@link #leftBehind()} last reported was read from. */
    private final Map<JournaledRenew, Path> foundIn = new HashMap<>();
    private Path ownFile;
    private FileChannel ownChannel;

    private record Held(int count, Instant at) {
    }

    RenewJournalFile(Path vaultFolder, VaultKey key, Crypto crypto) {
        this.folder = vaultFolder.resolve(FOLDER);
        this.crypto = crypto;
        this.codec = new RenewJournalCodec(key, crypto);
    }

    @Override
    public synchronized void sending(Collection<TokenRef> refs, Instant at) {
        List<TokenRef> added = new ArrayList<>();
        for (TokenRef ref : refs) {
            Held held = inFlight.get(ref);
            if (held == null) {
                added.add(ref);
            }
            inFlight.put(ref, held == null ? new Held(1, at) : new Held(held.count() + 1, held.at()));
        }
        if (added.isEmpty()) {
            return;
        }
        try {
            writeOwn();
        } catch (IOException | RuntimeException e) {
            // Not noted, so not sent: a renew the journal could lose track of is not started.
            settleQuietly(refs);
            throw new VaultException(UserText.of("error.vault.journalFailed", folder, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Forgets {@code refs}; the file goes when nothing is left in flight. Until then it is not
     * rewritten for each settled renew (a thousand auto-renews would mean a thousand writes): a
     * settled renew the file still names shows in the vault as renewed or refused since, so it is
     * never reported.
     */
    @Override
    public synchronized void settled(Collection<TokenRef> refs) {
        if (settleQuietly(refs) && inFlight.isEmpty()) {
            try {
                deleteOwn();
            } catch (IOException | RuntimeException e) {
                // Left behind, it names only settled renews, which the vault shows resolved.
            }
        }
    }

    /** Lowers the counts of {@code refs}; true when some renew left the journal. */
    private boolean settleQuietly(Collection<TokenRef> refs) {
        boolean removed = false;
        for (TokenRef ref : refs) {
            Held held = inFlight.get(ref);
            if (held == null) {
                continue;
            }
            if (held.count() <= 1) {
                inFlight.remove(ref);
                removed = true;
            } else {
                inFlight.put(ref, new Held(held.count() - 1, held.at()));
            }
        }
        return removed;
    }

    @Override
    public synchronized List<JournaledRenew> leftBehind() {
        foundIn.clear();
        List<JournaledRenew> found = new ArrayList<>();
        for (Path file : files()) {
            List<JournaledRenew> renews = readIfAbandoned(file);
            for (JournaledRenew renew : renews) {
                foundIn.put(renew, file);
                found.add(renew);
            }
        }
        found.sort((a, b) -> a.sentAt().compareTo(b.sentAt()));
        return List.copyOf(found);
    }

    @Override
    public synchronized void forget(Collection<JournaledRenew> renews) {
        Map<Path, List<JournaledRenew>> byFile = new LinkedHashMap<>();
        for (JournaledRenew renew : renews) {
            Path file = foundIn.remove(renew);
            if (file != null) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(renew);
            }
        }
        byFile.forEach(this::forgetIn);
    }

    private void forgetIn(Path file, List<JournaledRenew> forgotten) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return;
            }
            List<JournaledRenew> kept = new ArrayList<>(codec.decode(read(channel)));
            kept.removeAll(forgotten);
            if (kept.isEmpty()) {
                lock.release();
                channel.close();
                Files.deleteIfExists(file);
            } else {
                write(channel, kept);
            }
        } catch (IOException | RuntimeException e) {
            // Forgetting is tidying up: what stays is reported again only if the vault still shows it open.
        }
    }

    /** The renews of {@code file} if the app that wrote it has ended; nothing if it runs or the file is unreadable. */
    private List<JournaledRenew> readIfAbandoned(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return List.of();
            }
            byte[] bytes = read(channel);
            if (bytes.length == 0) {
                // Made but never written: its app ended before it noted anything.
                lock.release();
                channel.close();
                Files.deleteIfExists(file);
                return List.of();
            }
            return codec.decode(bytes);
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            // A file this key cannot read (another vault's, or damaged) says nothing about this vault.
            return List.of();
        }
    }

    /** The lock, or null when a running app (another process, or another store of this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : stream) {
                if (!file.equals(ownFile)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return files;
    }

    private void writeOwn() throws IOException {
        if (ownChannel == null) {
            OwnerOnly.createDirectories(folder);
            Path file = folder.resolve(HexFormat.of().formatHex(crypto.randomBytes(12)) + SUFFIX);
            FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(file);
                throw e;
            }
            ownFile = file;
            ownChannel = channel;
        }
        List<JournaledRenew> renews = new ArrayList<>();
        inFlight.forEach((ref, held) -> renews.add(new JournaledRenew(ref, held.at())));
        write(ownChannel, renews);
    }

    private void deleteOwn() throws IOException {
        if (ownChannel == null) {
            return;
        }
        FileChannel channel = ownChannel;
        Path file = ownFile;
        ownChannel = null;
        ownFile = null;
        // Closed before the delete, which some systems refuse on an open file; an app that takes the
        // lock in between finds nothing the vault does not show settled.
        channel.close();
        Files.deleteIfExists(file);
    }

    private void write(FileChannel channel, List<JournaledRenew> renews) throws IOException {
        byte[] content = codec.encode(renews);
        ByteBuffer buffer = ByteBuffer.wrap(content);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.truncate(content.length);
        channel.force(false);
    }

    private static byte[] read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > MAX_BYTES) {
            throw new IOException("a renew journal of " + size + " bytes is not one this app wrote");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // reads until full or the end
        }
        return buffer.array();
    }

    @Override
    public String toString() {
        return "RenewJournalFile[" + folder + "]";
    }
}
