package dev.smhtoken.token;

import java.util.List;
import java.util.Objects;

/** Adding, editing and removing saved libraries and tokens: changes that need no call to SMH. */
public final class LibraryCatalog {
    private final VaultStore store;

    public LibraryCatalog(VaultStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public Vault load() {
        return store.load();
    }

    /** Adds a new library; one whose LibraryId is already saved is refused. */
    public Library addLibrary(String libraryId, String name, String host) {
        return addLibrary(libraryId, name, host, null);
    }

    /**
     * Adds a new library that remembers {@code secret} in the vault, or nothing when it is null. A
     * copy is kept: the caller still owns {@code secret} and wipes it.
     */
    public Library addLibrary(String libraryId, String name, String host, LibrarySecret secret) {
        Library library = Library.of(libraryId, name, host).withRememberedSecret(secret == null ? null : secret.copy());
        store.update(vault -> {
            if (vault.library(library.id()).isPresent()) {
                throw new InvalidInputException(UserText.of("error.library.alreadySaved", library.id()));
            }
            return vault.withLibrary(library);
        });
        return library;
    }

    /** Changes a library's display name and host; its tokens and remembered secret stay. */
    public Library editLibrary(String libraryId, String name, String host) {
        LibraryAddress address = LibraryAddress.of(libraryId, host);
        Vault saved = store.update(vault -> vault.withLibrary(existing(vault, libraryId).withDetails(address, name)));
        return existing(saved, libraryId);
    }

    /**
     * Changes a library's display name and host, and whether it remembers its secret, in one save.
     * With {@code remember} false the remembered secret is forgotten; with true, {@code newSecret}
     * (when not null) replaces it, else the one remembered stays. A copy is kept: the caller still
     * owns {@code newSecret} and wipes it.
     */
    public Library editLibrary(String libraryId, String name, String host, boolean remember, LibrarySecret newSecret) {
        LibraryAddress address = LibraryAddress.of(libraryId, host);
        Vault saved = store.update(vault -> {
            Library edited = existing(vault, libraryId).withDetails(address, name);
            if (!remember) {
                edited = edited.withRememberedSecret(null);
            } else if (newSecret != null) {
                edited = edited.withRememberedSecret(newSecret.copy());
            } else if (!edited.remembersSecret()) {
                throw new InvalidInputException(UserText.of("error.library.noSecretToKeep", edited.id()));
            }
            return vault.withLibrary(edited);
        });
        return existing(saved, libraryId);
    }

    public void removeLibrary(String libraryId) {
        store.update(vault -> vault.withoutLibrary(libraryId));
    }

    /** Forgets a token locally (it stays valid at SMH until it expires or is revoked). */
    public void removeToken(TokenRef ref) {
        store.update(vault -> vault.withoutToken(ref));
    }

    /** Saves the user's settings (already validated by {@link Settings}); returns what was saved. */
    public Settings updateSettings(Settings settings) {
        return store.update(vault -> vault.withSettings(Objects.requireNonNull(settings))).settings();
    }

    /** Adds libraries and tokens as they are (the demo's seed and imports); existing ids are replaced. */
    public void putAll(List<Library> libraries) {
        store.update(vault -> {
            Vault result = vault;
            for (Library library : libraries) {
                result = result.withLibrary(library);
            }
            return result;
        });
    }

    /**
     * Imports libraries and tokens read from an export file, all in one save: {@code merge} gets the
     * vault as saved at that moment (under the store's lock, so no other writer's change is lost)
     * and returns it with the file's content merged in. It must be pure: it may be the only thing
     * that runs, and if it throws, nothing is saved.
     */
    public Vault importLibraries(java.util.function.UnaryOperator<Vault> merge) {
        return store.update(Objects.requireNonNull(merge));
    }

    /** The token's own auto-renew choice; null makes it follow the default in the settings. */
    public Token setAutoRenew(TokenRef ref, Boolean choice) {
        Vault saved = store.update(vault -> vault.withToken(ref.libraryId(), vault.token(ref)
                .orElseThrow(() -> TokenRenewal.missing(ref)).withAutoRenew(choice)));
        return saved.token(ref).orElseThrow(() -> TokenRenewal.missing(ref));
    }

    /** Changes the settings; returns them as saved. */
    public Settings updateSettings(java.util.function.UnaryOperator<Settings> change) {
        return store.update(vault -> vault.withSettings(change.apply(vault.settings()))).settings();
    }

    static Library existing(Vault vault, String libraryId) {
        // The same checks and trimming as when the library was added, so " id " finds "id".
        String id = LibraryAddress.requireLibraryId(libraryId);
        return vault.library(id).orElseThrow(() -> new InvalidInputException(UserText.of("error.library.notSaved", id)));
    }
}
