package dev.smhtoken.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the app keeps: the saved libraries in the user's order, and the settings. Immutable. */
public record Vault(List<Library> libraries, Settings settings) {
    public static final Vault EMPTY = new Vault(List.of(), Settings.DEFAULTS);

    public Vault(List<Library> libraries) {
        this(libraries, Settings.DEFAULTS);
    }

    public Vault {
        settings = settings == null ? Settings.DEFAULTS : settings;
        libraries = List.copyOf(libraries);
        if (libraries.stream().map(Library::id).distinct().count() != libraries.size()) {
            throw new IllegalArgumentException("library ids must be unique");
        }
    }

    public Optional<Library> library(String libraryId) {
        return libraries.stream().filter(l -> l.id().equals(libraryId)).findFirst();
    }

    public Optional<Token> token(TokenRef ref) {
        return library(ref.libraryId()).flatMap(l -> l.token(ref.label()));
    }

    public int tokenCount() {
        return libraries.stream().mapToInt(l -> l.tokens().size()).sum();
    }

    /** Replaces the library with the same id, or adds it at the end. */
    public Vault withLibrary(Library library) {
        List<Library> updated = new ArrayList<>(libraries);
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(library.id())) {
                updated.set(i, library);
                return new Vault(updated, settings);
            }
        }
        updated.add(library);
        return new Vault(updated, settings);
    }

    public Vault withoutLibrary(String libraryId) {
        return new Vault(libraries.stream().filter(l -> !l.id().equals(libraryId)).toList(), settings);
    }

    /** Puts {@code token} into its library; a vault without that library is returned unchanged. */
    public Vault withToken(String libraryId, Token token) {
        return library(libraryId).map(l -> withLibrary(l.withToken(token))).orElse(this);
    }

    public Vault withSettings(Settings newSettings) {
        return new Vault(libraries, newSettings);
    }

    public Vault withoutToken(TokenRef ref) {
        return library(ref.libraryId()).map(l -> withLibrary(l.withoutToken(ref.label()))).orElse(this);
    }
}
