package dev.smhtoken.vault;

import java.util.Optional;

/**
 * The desktop's credential store (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows), reduced to what the vault needs. Implementations never throw: an unreachable or locked
 * store reads as "nothing there" and a failed write returns false, so the vault falls back to its
 * master password.
 */
public interface KeychainAccess {
    /** Whether a credential store can be reached at all right now. */
    boolean isAvailable();

    /** The secret saved under {@code account}, or empty when missing or unreachable. */
    Optional<byte[]> read(String account);

    /** Saves {@code secret} under {@code account}; false when the store refused or is unreachable. */
    boolean store(String account, byte[] secret);

    /** Removes the entry if it is there; silently does nothing when it cannot. */
    void delete(String account);
}
