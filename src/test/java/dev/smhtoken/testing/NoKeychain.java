package dev.smhtoken.testing;

import dev.smhtoken.vault.KeychainAccess;
import java.util.Optional;

/** A machine without an OS keychain, as without a desktop session: every vault needs its master password. */
public final class NoKeychain implements KeychainAccess {
    public static final KeychainAccess INSTANCE = new NoKeychain();

    private NoKeychain() {
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public Optional<byte[]> read(String account) {
        return Optional.empty();
    }

    @Override
    public boolean store(String account, byte[] secret) {
        return false;
    }

    @Override
    public void delete(String account) {
    }
}
