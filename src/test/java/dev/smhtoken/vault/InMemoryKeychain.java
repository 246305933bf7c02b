package dev.smhtoken.vault;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A credential store kept in memory: the stand-in for the desktop keychain, which does not run on
 * the build machines. It can be switched off to play a locked or missing keychain.
 */
final class InMemoryKeychain implements KeychainAccess {
    private int reads;
    private final Map<String, byte[]> entries = new HashMap<>();
    private boolean available = true;
    private boolean forgetful;

    void setAvailable(boolean available) {
        this.available = available;
    }

    /** Plays a locked keyring that says yes to a write but keeps nothing. */
    void setForgetful(boolean forgetful) {
        this.forgetful = forgetful;
    }

    void clear() {
        entries.clear();
    }

    /** How often a key was asked for (each a round trip to a real keychain). */
    synchronized int reads() {
        return reads;
    }

    int size() {
        return entries.size();
    }

    @Override
    public synchronized boolean isAvailable() {
        return available;
    }

    @Override
    public synchronized Optional<byte[]> read(String account) {
        reads++;
        return available ? Optional.ofNullable(entries.get(account)).map(byte[]::clone) : Optional.empty();
    }

    @Override
    public synchronized boolean store(String account, byte[] secret) {
        if (!available) {
            return false;
        }
        if (!forgetful) {
            entries.put(account, secret.clone());
        }
        return true;
    }

    @Override
    public synchronized void delete(String account) {
        if (available) {
            entries.remove(account);
        }
    }
}
