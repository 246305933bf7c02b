package dev.smhtoken.vault;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A keychain that lives as long as this process: for the throw-away demo vault, whose key must
 * not outlive the demo nor land in the user's real keychain.
 */
public final class ProcessKeychain implements KeychainAccess {
    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Optional<byte[]> read(String account) {
        return Optional.ofNullable(entries.get(account)).map(byte[]::clone);
    }

    @Override
    public boolean store(String account, byte[] secret) {
        entries.put(account, secret.clone());
        return true;
    }

    @Override
    public void delete(String account) {
        byte[] removed = entries.remove(account);
        if (removed != null) {
            java.util.Arrays.fill(removed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "ProcessKeychain[" + entries.size() + " keys, redacted]";
    }
}
