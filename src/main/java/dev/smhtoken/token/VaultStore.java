package dev.smhtoken.token;

import java.util.function.UnaryOperator;

/**
 * Where the vault is kept. Implemented in {@code vault}. Both methods do file I/O, so they are only
 * called from worker threads.
 */
public interface VaultStore {
    /** The vault as saved now; an empty vault when nothing has been saved yet. */
    Vault load();

    /**
     * Reads the newest saved vault, applies {@code change} and saves the result, all under one
     * exclusive lock so that no other writer's change is lost. Returns what was saved. If
     * {@code change} throws, nothing is saved.
     */
    Vault update(UnaryOperator<Vault> change);

    /** Where renews in flight of this vault are noted; a store without files of its own keeps none. */
    default RenewJournal renewJournal() {
        return RenewJournal.NONE;
    }
}
