package dev.smhtoken.cli;

import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultStore;

/**
 * An opened vault: the use cases over it, which every command goes through (no command changes the
 * store itself), and the store.
 */
public record OpenedVault(VaultStore store, TokenUseCases useCases) {
}
