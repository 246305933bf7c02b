package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One way to unlock the vault: the vault key encrypted (AES-256-GCM) under a key that comes either
 * from the OS keychain or from the master password through Argon2id.
 *
 * @param type       {@link #KEYCHAIN} or {@link #PASSWORD}
 * @param id         names the keychain entry (keychain slots); random, so vaults never share one
 * @param kdf        Argon2id parameters (password slots), else null
 * @param salt       Argon2 salt (password slots), else null
 * @param nonce      the nonce the vault key was wrapped with
 * @param wrappedKey the wrapped vault key with its GCM tag
 */
record KeySlot(String type, String id, Argon2Params kdf, byte[] salt, byte[] nonce, byte[] wrappedKey) {
    static final String KEYCHAIN = "keychain";
    static final String PASSWORD = "password";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Why this slot cannot be used, or null when it is well formed. */
    UserText problem() {
        if (nonce == null || nonce.length != Crypto.NONCE_BYTES) {
            return UserText.of("error.vault.header.noNonce");
        }
        if (wrappedKey == null || wrappedKey.length != Crypto.KEY_BYTES + Crypto.TAG_BITS / 8) {
            return UserText.of("error.vault.header.noWrappedKey");
        }
        if (KEYCHAIN.equals(type)) {
            return id != null && ID.matcher(id).matches() ? null : UserText.of("error.vault.header.noKeychainId");
        }
        if (PASSWORD.equals(type)) {
            if (kdf == null) {
                return UserText.of("error.vault.header.noArgon2");
            }
            if (salt == null || salt.length < 16 || salt.length > 64) {
                return UserText.of("error.vault.header.noSalt");
            }
            return kdf.problem();
        }
        return UserText.of("error.vault.header.unknownSlotType");
    }

    /** The slot's wrap binds the vault key to this slot, so a wrapped key cannot be moved to another. */
    byte[] associatedData() {
        return ("smhv-slot:" + type + ":" + (id == null ? "" : id)).getBytes(StandardCharsets.UTF_8);
    }

    static KeySlot wrap(String type, String id, Argon2Params kdf, byte[] salt, byte[] wrappingKey,
                        VaultKey vaultKey, Crypto crypto) {
        byte[] nonce = crypto.randomBytes(Crypto.NONCE_BYTES);
        KeySlot unwrapped = new KeySlot(type, id, kdf, salt, nonce, null);
        byte[] wrapped = Crypto.encrypt(wrappingKey, nonce, vaultKey.bytes(), unwrapped.associatedData());
        return new KeySlot(type, id, kdf, salt, nonce, wrapped);
    }

    /** The vault key, or null when {@code wrappingKey} is not this slot's. */
    VaultKey unwrap(byte[] wrappingKey) {
        byte[] key = Crypto.decrypt(wrappingKey, nonce, wrappedKey, associatedData());
        return key == null || key.length != Crypto.KEY_BYTES ? null : new VaultKey(key);
    }

    @Override
    public String toString() {
        return "KeySlot[" + type + "]";
    }
}
