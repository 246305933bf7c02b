package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds, creates, opens and repairs the encrypted vault of one data folder. All methods do file I/O
 * (and {@code open} with a password runs Argon2id, about half a second): call them off the FX thread.
 * Methods that take a password take ownership of the array and wipe it before returning.
 */
public final class VaultOpener {
    static final String KEYCHAIN_ACCOUNT_PREFIX = "vault-key-";

    private final VaultFolder folder;
    private final KeychainAccess keychain;
    private final Argon2Params kdfParams;
    private final Clock clock;
    private final Crypto crypto;
    private final VaultJsonCodec codec = new VaultJsonCodec();

    /**
     * @param dataDirectory the data folder (see {@link DataDirectory}); it must exist
     * @param kdfParams     Argon2id costs for new password slots ({@link Argon2Params#RECOMMENDED})
     */
    public VaultOpener(Path dataDirectory, KeychainAccess keychain, Argon2Params kdfParams, Clock clock) {
        this(dataDirectory, keychain, kdfParams, clock, new Crypto());
    }

    VaultOpener(Path dataDirectory, KeychainAccess keychain, Argon2Params kdfParams, Clock clock, Crypto crypto) {
        this.folder = new VaultFolder(Objects.requireNonNull(dataDirectory));
        this.keychain = Objects.requireNonNull(keychain);
        this.kdfParams = Objects.requireNonNull(kdfParams).requireUsable();
        this.clock = Objects.requireNonNull(clock);
        this.crypto = crypto;
    }

    public Path vaultFile() {
        return folder.encrypted;
    }

    /** Whether a new vault can be protected by the OS keychain alone (else a password is required). */
    public boolean keychainAvailable() {
        return keychain.isAvailable();
    }

    /** What is in the folder. Never throws for a bad file: that is {@link VaultStatus.Kind#UNREADABLE}. */
    public VaultStatus status() {
        Entry entry = enter();
        entry.opened().ifPresent(EncryptedVaultStore::lock);
        return entry.status();
    }

    /**
     * What is in the folder and, when the OS keychain opens the vault, the vault opened: the start
     * of the window in one read, one keychain lookup and one decryption (asking {@link #status()}
     * and then {@link #open(char[])} would do each twice). Never throws for a bad file.
     *
     * @param opened present only with {@link VaultStatus.Kind#ENCRYPTED_KEYCHAIN_AVAILABLE}
     */
    public record Entry(VaultStatus status, Optional<EncryptedVaultStore> opened) {
    }

    public Entry enter() {
        try {
            byte[] bytes = VaultFolder.read(folder.encrypted);
            if (bytes == null) {
                Path remains = folder.remainsOfAVault();
                return closed(remains != null ? VaultStatus.unreadable(folder.missing(remains).userText())
                        : VaultStatus.of(VaultStatus.Kind.NEW));
            }
            VaultFileFormat.Parsed parsed = folder.parse(bytes, folder.encrypted);
            Optional<VaultKey> viaKeychain = unlockWithKeychain(parsed.header());
            if (viaKeychain.isPresent()) {
                Vault vault;
                try {
                    vault = verify(parsed, viaKeychain.get(), folder.encrypted);
                } catch (VaultException e) {
                    viaKeychain.get().wipe();
                    throw e;
                }
                tidyUp();
                return new Entry(VaultStatus.of(VaultStatus.Kind.ENCRYPTED_KEYCHAIN_AVAILABLE),
                        Optional.of(store(viaKeychain.get(), parsed.header()).remembering(bytes, vault)));
            }
            if (parsed.header().passwordSlots().isEmpty()) {
                return closed(VaultStatus.unreadable(keychainOnlyMessage()));
            }
            return closed(VaultStatus.of(VaultStatus.Kind.NEEDS_PASSWORD));
        } catch (VaultException e) {
            return closed(VaultStatus.unreadable(e.userText()));
        }
    }

    private static Entry closed(VaultStatus status) {
        return new Entry(status, Optional.empty());
    }

    /**
     * Makes a new vault, in a folder that holds nothing of another (see {@link VaultFolder#remainsOfAVault()}).
     * The vault key gets a keychain slot when the OS keychain takes it and a password slot
     * when {@code passwordOrNull} is given; with neither, {@link PasswordRequiredException}.
     */
    public EncryptedVaultStore create(char[] passwordOrNull) {
        try {
            if (passwordOrNull != null) {
                PasswordSlots.requireUsable(passwordOrNull);
            }
            try (ExclusiveFileLock.Held held = folder.writeLock.acquire()) {
                if (Files.exists(folder.encrypted)) {
                    throw new VaultException(UserText.of("error.vault.alreadyExists", folder.encrypted));
                }
                Path remains = folder.remainsOfAVault();
                if (remains != null) {
                    throw folder.missing(remains);
                }
                VaultKey vaultKey = new VaultKey(crypto.randomBytes(Crypto.KEY_BYTES));
                Optional<KeySlot> keychainSlot = createKeychainSlot(vaultKey);
                if (keychainSlot.isEmpty() && passwordOrNull == null) {
                    vaultKey.wipe();
                    throw new PasswordRequiredException(UserText.of("error.password.neededForNewVault"));
                }
                VaultHeader header = new VaultHeader(List.of());
                if (keychainSlot.isPresent()) {
                    header = header.plus(keychainSlot.get());
                }
                if (passwordOrNull != null) {
                    header = header.plus(PasswordSlots.create(passwordOrNull, kdfParams, vaultKey, crypto));
                }
                try {
                    OwnerOnly.createDirectories(folder.dir);
                    AtomicFileWriter.write(folder.encrypted,
                            VaultFileFormat.encrypt(header, vaultKey, codec.encode(Vault.EMPTY), crypto));
                } catch (IOException e) {
                    keychainSlot.ifPresent(slot -> keychain.delete(KEYCHAIN_ACCOUNT_PREFIX + slot.id()));
                    vaultKey.wipe();
                    throw folder.saveFailed(e);
                }
                return store(vaultKey, header);
            }
        } finally {
            wipe(passwordOrNull);
        }
    }

    /**
     * Opens the vault: through the keychain slot when the keychain gives its key, else with
     * {@code passwordOrNull}.
     *
     * @throws PasswordRequiredException the keychain cannot open it and no password was given
     * @throws WrongPasswordException    the password does not open it
     * @throws VaultException            the file is unreadable; it was left as it is
     */
    public EncryptedVaultStore open(char[] passwordOrNull) {
        try {
            byte[] bytes = VaultFolder.read(folder.encrypted);
            if (bytes == null) {
                Path remains = folder.remainsOfAVault();
                if (remains != null) {
                    throw folder.missing(remains);
                }
                throw new VaultException(UserText.of("error.vault.none", folder.dir));
            }
            VaultFileFormat.Parsed parsed = folder.parse(bytes, folder.encrypted);
            VaultKey vaultKey;
            try {
                vaultKey = unlock(parsed.header(), passwordOrNull);
            } catch (WrongPasswordException refused) {
                if (slotWasEdited(parsed, passwordOrNull)) {
                    throw folder.unreadable(folder.encrypted, new VaultFormatException(UserText.of(
                            "error.vault.format.headerEdited", UserText.of("error.vault.header.slotEdited"))));
                }
                throw refused;
            }
            Vault vault;
            try {
                vault = verify(parsed, vaultKey, folder.encrypted);
            } catch (VaultException e) {
                vaultKey.wipe();
                throw e;
            }
            tidyUp();
            return store(vaultKey, parsed.header()).remembering(bytes, vault);
        } finally {
            wipe(passwordOrNull);
        }
    }

    /** The backups kept, newest first. */
    public List<Backup> backups() {
        return new Backups(folder.backups, clock).list();
    }

    /**
     * Puts the newest backup that opens (through the keychain or {@code passwordOrNull}) and decrypts
     * back in place. The current file is never deleted: it is moved aside as
     * {@code vault-unreadable-<time>.smhv} in the data folder. Returns the backup restored.
     *
     * @throws VaultException no backup could be opened; nothing was changed
     */
    public Backup restoreNewestGoodBackup(char[] passwordOrNull) {
        try (ExclusiveFileLock.Held held = folder.writeLock.acquire()) {
            VaultKey known = null;
            try {
                for (Backup backup : backups()) {
                    byte[] bytes = VaultFolder.read(backup.file());
                    try {
                        VaultFileFormat.Parsed parsed = folder.parse(bytes == null ? new byte[0] : bytes, backup.file());
                        if (known == null || parsed.decrypt(known) == null) {
                            VaultKey unlocked = unlock(parsed.header(), passwordOrNull);
                            if (known != null) {
                                known.wipe();
                            }
                            known = unlocked;
                        }
                        verify(parsed, known, backup.file());
                    } catch (VaultException unusable) {
                        continue;
                    }
                    putBack(backup, bytes);
                    return backup;
                }
            } finally {
                if (known != null) {
                    known.wipe();
                }
            }
            throw new VaultException(UserText.of(passwordOrNull == null ? "error.backup.noneOpensWithoutPassword"
                    : "error.backup.noneOpensWithPassword", folder.backups));
        } finally {
            wipe(passwordOrNull);
        }
    }

    private void putBack(Backup backup, byte[] bytes) {
        try {
            if (Files.exists(folder.encrypted)) {
                Path aside = folder.dir.resolve("vault-unreadable-" + Backups.stamp(clock.instant()) + ".smhv");
                for (int n = 1; Files.exists(aside); n++) {
                    aside = folder.dir.resolve("vault-unreadable-" + Backups.stamp(clock.instant()) + "-" + n + ".smhv");
                }
                Files.move(folder.encrypted, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            AtomicFileWriter.write(folder.encrypted, bytes);
        } catch (IOException e) {
            throw new VaultException(UserText.of("error.backup.notPutBack", backup.file(), String.valueOf(e.getMessage()),
                    folder.dir, folder.encrypted), e);
        }
    }

    private EncryptedVaultStore store(VaultKey vaultKey, VaultHeader header) {
        return new EncryptedVaultStore(folder, vaultKey, header, new Backups(folder.backups, clock), crypto);
    }

    private Optional<KeySlot> createKeychainSlot(VaultKey vaultKey) {
        if (!keychain.isAvailable()) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        String account = KEYCHAIN_ACCOUNT_PREFIX + id;
        byte[] wrappingKey = crypto.randomBytes(Crypto.KEY_BYTES);
        try {
            // Read back: a store that says yes but keeps nothing (a locked keyring) must not be trusted.
            boolean kept = keychain.store(account, wrappingKey)
                    && keychain.read(account).map(read -> {
                        boolean same = Arrays.equals(read, wrappingKey);
                        Arrays.fill(read, (byte) 0);
                        return same;
                    }).orElse(false);
            if (!kept) {
                keychain.delete(account);
                return Optional.empty();
            }
            return Optional.of(KeySlot.wrap(KeySlot.KEYCHAIN, id, null, null, wrappingKey, vaultKey, crypto));
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private Optional<VaultKey> unlockWithKeychain(VaultHeader header) {
        Optional<KeySlot> slot = header.keychainSlot();
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> wrappingKey = keychain.read(KEYCHAIN_ACCOUNT_PREFIX + slot.get().id());
        if (wrappingKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return wrappingKey.get().length == Crypto.KEY_BYTES
                    ? Optional.ofNullable(slot.get().unwrap(wrappingKey.get())) : Optional.empty();
        } finally {
            Arrays.fill(wrappingKey.get(), (byte) 0);
        }
    }

    private VaultKey unlock(VaultHeader header, char[] passwordOrNull) {
        Optional<VaultKey> viaKeychain = unlockWithKeychain(header);
        if (viaKeychain.isPresent()) {
            return viaKeychain.get();
        }
        if (header.passwordSlots().isEmpty()) {
            throw new VaultException(keychainOnlyMessage());
        }
        if (passwordOrNull == null) {
            throw new PasswordRequiredException(UserText.of(header.keychainSlot().isPresent()
                    ? "error.password.neededKeychainUnreachable" : "error.password.needed"));
        }
        if (passwordOrNull.length == 0) {
            throw new InvalidInputException(UserText.of("error.password.empty"));
        }
        // The header holds at most one password slot (VaultHeader refuses more): one derivation.
        VaultKey key = PasswordSlots.open(header.passwordSlots().get(0), passwordOrNull);
        if (key == null) {
            throw new WrongPasswordException(UserText.of("error.password.wrong"));
        }
        return key;
    }

    /**
     * Whether a password slot that refused {@code password} was edited rather than the password
     * wrong. The header's checksum is no MAC (whoever can write the file can fix it), so the file
     * alone cannot tell; the newest backup whose password slot differs can. When the password
     * opens that slot, its key either opens this file too (the header is genuine: the password was
     * changed since, and the old one stays refused) or not (this header is not the vault's own).
     * At most one more derivation, and only after a refusal.
     */
    private boolean slotWasEdited(VaultFileFormat.Parsed current, char[] password) {
        KeySlot refused = current.header().passwordSlots().get(0);
        for (Backup backup : backups()) {
            VaultFileFormat.Parsed earlier;
            try {
                byte[] bytes = VaultFolder.read(backup.file());
                earlier = bytes == null ? null : VaultFileFormat.parse(bytes);
            } catch (VaultException | VaultFormatException unusable) {
                continue;
            }
            if (earlier == null || earlier.header().passwordSlots().isEmpty()
                    || sameSlot(earlier.header().passwordSlots().get(0), refused)) {
                continue;
            }
            VaultKey key = PasswordSlots.open(earlier.header().passwordSlots().get(0), password);
            if (key == null) {
                return false;
            }
            try {
                byte[] json = current.decrypt(key);
                if (json != null) {
                    Arrays.fill(json, (byte) 0);
                    return false;
                }
                return true;
            } finally {
                key.wipe();
            }
        }
        return false;
    }

    private static boolean sameSlot(KeySlot a, KeySlot b) {
        return a.kdf().equals(b.kdf()) && Arrays.equals(a.salt(), b.salt()) && Arrays.equals(a.nonce(), b.nonce())
                && Arrays.equals(a.wrappedKey(), b.wrappedKey());
    }

    private UserText keychainOnlyMessage() {
        return UserText.of("error.vault.keychainOnly", folder.encrypted);
    }

    /** Decrypts and reads a vault, proving that the key and the whole file are good. */
    private Vault verify(VaultFileFormat.Parsed parsed, VaultKey vaultKey, Path file) {
        byte[] json = parsed.decrypt(vaultKey);
        if (json == null) {
            throw folder.damagedBody(file);
        }
        try {
            return codec.decode(json);
        } catch (VaultFormatException e) {
            throw folder.unreadable(file, e);
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    /** Leftover temp files of a killed save go once the vault opened. */
    private void tidyUp() {
        try (ExclusiveFileLock.Held held = folder.writeLock.acquire()) {
            AtomicFileWriter.deleteLeftovers(folder.dir);
            AtomicFileWriter.deleteLeftovers(folder.backups);
        } catch (IOException | VaultException e) {
            // Tidying is optional; the vault itself opened fine.
        }
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "VaultOpener[" + folder.dir + "]";
    }
}
