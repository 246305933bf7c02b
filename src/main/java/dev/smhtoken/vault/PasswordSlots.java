package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.InvalidInputException;

import java.util.Arrays;

/** Making and opening the key slot that a master password unlocks. */
final class PasswordSlots {
    private PasswordSlots() {
    }

    /** New master passwords only; one chosen before this rule still opens its vault. */
    static final int MINIMUM_LENGTH = 8;

    static void requireUsable(char[] password) {
        if (password == null || allWhitespace(password)) {
            throw new InvalidInputException(UserText.of("error.password.emptyNew"));
        }
        if (password.length < MINIMUM_LENGTH) {
            throw new InvalidInputException(UserText.of("error.password.tooShort", MINIMUM_LENGTH));
        }
    }

    // Checked char by char: a String copy of the password would linger on the heap.
    private static boolean allWhitespace(char[] password) {
        for (char c : password) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static KeySlot create(char[] password, Argon2Params params, VaultKey vaultKey, Crypto crypto) {
        params.requireUsable();
        byte[] salt = crypto.randomBytes(Crypto.SALT_BYTES);
        byte[] wrappingKey = Crypto.argon2id(password, salt, params);
        try {
            return KeySlot.wrap(KeySlot.PASSWORD, null, params, salt, wrappingKey, vaultKey, crypto);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** The vault key, or null when {@code password} does not open {@code slot}. */
    static VaultKey open(KeySlot slot, char[] password) {
        byte[] wrappingKey = Crypto.argon2id(password, slot.salt(), slot.kdf());
        try {
            return slot.unwrap(wrappingKey);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }
}
