package dev.smhtoken.token;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A vault kept in memory, keyed by LibraryId, with the store's contract: an update that throws
 * saves nothing. Counts saves so a test can prove that a failure wrote nothing.
 */
final class MapVaultStore implements VaultStore {
    private final Map<String, Library> libraries = new HashMap<>();
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
        libraries.clear();
        result.libraries().forEach(library -> libraries.put(library.id(), library));
        saves++;
        return result;
    }

    synchronized int saves() {
        return saves;
    }

    synchronized Library library(String libraryId) {
        return libraries.get(libraryId);
    }
}
