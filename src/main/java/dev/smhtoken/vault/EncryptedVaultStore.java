package dev.smhtoken.vault;

import dev.smhtoken.token.RenewJournal;
import dev.smhtoken.token.UserText;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * An opened encrypted vault. It holds the vault key in memory, so a load or an update costs one
 * file read and one AES pass, no key derivation. Every update is read-modify-write under the
 * vault's exclusive lock, keeps the replaced file as a backup, and replaces the file atomically.
 * {@link #lock()} wipes the key; after it every call fails until the vault is opened again.
 */
public final class EncryptedVaultStore implements VaultStore {
    private final VaultFolder folder;
    private final VaultKey key;
    private final VaultHeader headerWhenMissing;
    private final Backups backups;
    private final Crypto crypto;
    private final VaultJsonCodec codec = new VaultJsonCodec();
    // Readers and writers share the key; lock() waits for them so it never wipes a key in use.
    private final ReentrantReadWriteLock keyUse = new ReentrantReadWriteLock();
    /** The file as last read or written here and what it holds: a load of an unchanged file decrypts nothing. */
    private volatile Known known;
    private RenewJournal journal;

    private record Known(byte[] bytes, Vault vault) {
    }

    EncryptedVaultStore(VaultFolder folder, VaultKey key, VaultHeader header, Backups backups, Crypto crypto) {
        this.folder = folder;
        this.key = key;
        this.headerWhenMissing = header;
        this.backups = backups;
        this.crypto = crypto;
    }

    /** Starts out knowing {@code vault}, just decrypted from {@code bytes} by the opener. */
    EncryptedVaultStore remembering(byte[] bytes, Vault vault) {
        known = new Known(bytes, vault);
        return this;
    }

    public Path file() {
        return folder.encrypted;
    }

    /** One {@code stat}; differs after every save by anyone, so a window sees the command line's saves. */
    public FileFingerprint fingerprint() {
        return FileFingerprint.of(folder.encrypted);
    }

    /** The backups kept, newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    @Override
    public Vault load() {
        keyUse.readLock().lock();
        try {
            requireUnlocked();
            byte[] bytes = VaultFolder.read(folder.encrypted);
            if (bytes == null) {
                return whenMissing().vault();
            }
            Known last = known;
            if (last != null && Arrays.equals(last.bytes(), bytes)) {
                return last.vault();
            }
            Vault vault = decrypt(bytes);
            known = new Known(bytes, vault);
            return vault;
        } finally {
            keyUse.readLock().unlock();
        }
    }

    @Override
    public Vault update(UnaryOperator<Vault> change) {
        Objects.requireNonNull(change);
        keyUse.readLock().lock();
        try (ExclusiveFileLock.Held held = folder.writeLock.acquire()) {
            requireUnlocked();
            OnDisk current = readCurrent();
            Vault changed = Objects.requireNonNull(change.apply(current.vault()), "change returned null");
            replace(current, current.header(), changed);
            return changed;
        } finally {
            keyUse.readLock().unlock();
        }
    }

    /**
     * Replaces the master password (or adds one to a vault that only had the keychain). Takes
     * ownership of {@code newPassword}: it is wiped before this returns.
     */
    public void changePassword(char[] newPassword, Argon2Params params) {
        try {
            PasswordSlots.requireUsable(newPassword);
            keyUse.readLock().lock();
            try (ExclusiveFileLock.Held held = folder.writeLock.acquire()) {
                requireUnlocked();
                OnDisk current = readCurrent();
                KeySlot slot = PasswordSlots.create(newPassword, params, key, crypto);
                replace(current, current.header().withoutPasswordSlots().plus(slot), current.vault());
            } finally {
                keyUse.readLock().unlock();
            }
        } finally {
            java.util.Arrays.fill(newPassword, '\0');
        }
    }

    /** The vault file as it is now: its bytes (null when none), its content and its header. */
    private record OnDisk(byte[] bytes, Vault vault, VaultHeader header) {
    }

    private OnDisk readCurrent() {
        byte[] bytes = VaultFolder.read(folder.encrypted);
        if (bytes == null) {
            return whenMissing();
        }
        VaultFileFormat.Parsed parsed = folder.parse(bytes, folder.encrypted);
        // The header on disk is authentic (the tag covers it) and may carry slots another process
        // added, so it is kept rather than the one seen at open.
        Known last = known;
        Vault vault = last != null && Arrays.equals(last.bytes(), bytes) ? last.vault() : decode(parsed);
        return new OnDisk(bytes, vault, parsed.header());
    }

    /**
     * The vault file went away while open here (moved or deleted by someone else). With its backups
     * left, a save would start a vault afresh and rotate them away: refused, with what to do.
     */
    private OnDisk whenMissing() {
        Path remains = folder.remainsOfAVault();
        if (remains != null) {
            throw folder.missing(remains);
        }
        return new OnDisk(null, Vault.EMPTY, headerWhenMissing);
    }

    /** Whether {@code backup} is a version of this vault: its body opens with this vault's key. */
    private boolean isOurs(Path backup) {
        try {
            byte[] bytes = VaultFolder.read(backup);
            byte[] json = bytes == null ? null : VaultFileFormat.parse(bytes).decrypt(key);
            if (json == null) {
                return false;
            }
            Arrays.fill(json, (byte) 0);
            return true;
        } catch (VaultException | VaultFormatException unreadable) {
            return false;
        }
    }

    /** Writes {@code vault} under {@code header} in place of {@code current}, which becomes a backup. */
    private void replace(OnDisk current, VaultHeader header, Vault vault) {
        byte[] json = codec.encode(vault);
        byte[] newBytes;
        try {
            newBytes = VaultFileFormat.encrypt(header, key, json, crypto);
        } finally {
            // The plain JSON may hold remembered library secrets: it lives no longer than needed.
            java.util.Arrays.fill(json, (byte) 0);
        }
        known = null;
        try {
            AtomicFileWriter.deleteLeftovers(folder.dir);
            if (current.bytes() != null) {
                backups.save(folder.encrypted, current.bytes(), this::isOurs);
            }
            AtomicFileWriter.write(folder.encrypted, newBytes);
        } catch (IOException e) {
            throw folder.saveFailed(e);
        }
        known = new Known(newBytes, vault);
    }

    /** The journal of this vault's renews in flight, beside the vault file, encrypted with its key. */
    @Override
    public synchronized RenewJournal renewJournal() {
        if (journal == null) {
            journal = new RenewJournalFile(folder.dir, key, crypto);
        }
        return journal;
    }

    /** Wipes the vault key from memory; open the vault again to go on. */
    public void lock() {
        keyUse.writeLock().lock();
        try {
            known = null;
            key.wipe();
        } finally {
            keyUse.writeLock().unlock();
        }
    }

    public boolean isLocked() {
        return key.wiped();
    }

    private void requireUnlocked() {
        if (key.wiped()) {
            throw new VaultException(UserText.of("error.vault.locked"));
        }
    }

    private Vault decrypt(byte[] bytes) {
        return decode(folder.parse(bytes, folder.encrypted));
    }

    private Vault decode(VaultFileFormat.Parsed parsed) {
        byte[] json = parsed.decrypt(key);
        if (json == null) {
            throw folder.damagedBody(folder.encrypted);
        }
        try {
            return codec.decode(json);
        } catch (VaultFormatException e) {
            throw folder.unreadable(folder.encrypted, e);
        } finally {
            java.util.Arrays.fill(json, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "EncryptedVaultStore[" + folder.encrypted + (isLocked() ? ", locked" : ", open") + ", key=redacted]";
    }
}
