package dev.smhtoken.cli;

import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultStore;

/**
 * An opened vault: the use cases over it, and the store itself for the few changes the use cases do
 * not cover (an import merges many tokens in one read-modify-write).
 */
public record OpenedVault(VaultStore store, TokenUseCases useCases) {
}
