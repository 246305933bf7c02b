package dev.smhtoken.token;

import java.util.function.UnaryOperator;

/**
 * A vault kept in memory with the store's contract: an update runs under one lock, and one that
 * throws saves nothing. Counts saves, so a test can prove that a failure wrote nothing.
 */
final class InMemoryVaultStore implements VaultStore {
    private Vault saved = Vault.EMPTY;
    private int saves;

    @Override
    public synchronized Vault load() {
        return saved;
    }

    @Override
    public synchronized Vault update(UnaryOperator<Vault> change) {
        Vault result = change.apply(saved);
        saved = result;
        saves++;
        return result;
    }

    synchronized int saves() {
        return saves;
    }
}
