package dev.smhtoken.vault;

import java.util.Arrays;

/**
 * A 256-bit key held in memory: the vault key, or a key that wraps it. {@link #wipe()} zeroes it;
 * it never prints. (Java may still have copied it, e.g. inside a cipher object; wiping is the best
 * a JVM program can do.)
 */
final class VaultKey {
    private final byte[] bytes;
    private volatile boolean wiped;

    /** Takes ownership of {@code bytes}. */
    VaultKey(byte[] bytes) {
        if (bytes.length != Crypto.KEY_BYTES) {
            throw new IllegalArgumentException("a vault key has " + Crypto.KEY_BYTES + " bytes");
        }
        this.bytes = bytes;
    }

    /** The key itself, not a copy: do not keep or change it. */
    byte[] bytes() {
        if (wiped) {
            throw new IllegalStateException("the key was wiped");
        }
        return bytes;
    }

    boolean wiped() {
        return wiped;
    }

    void wipe() {
        wiped = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "VaultKey[redacted]";
    }
}
