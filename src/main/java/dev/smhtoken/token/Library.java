package dev.smhtoken.token;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A media library and the tokens saved for it. Immutable: every change returns a new library.
 *
 * @param name a display name the user chose; the LibraryId when none was given
 */
public record Library(LibraryAddress address, String name, List<Token> tokens) {
    public Library {
        name = name == null || name.isBlank() ? address.libraryId() : name.strip();
        tokens = List.copyOf(tokens);
        long distinct = tokens.stream().map(Token::label).distinct().count();
        if (distinct != tokens.size()) {
            throw new IllegalArgumentException("token labels must be unique within a library");
        }
    }

    public static Library of(String libraryId, String name, String host) {
        return new Library(LibraryAddress.of(libraryId, host), name, List.of());
    }

    public String id() {
        return address.libraryId();
    }

    public URI host() {
        return address.host();
    }

    public Optional<Token> token(String label) {
        return tokens.stream().filter(t -> t.label().equals(label)).findFirst();
    }

    /** Replaces the token with the same label, or adds it at the end. */
    public Library withToken(Token token) {
        List<Token> updated = new ArrayList<>(tokens);
        int index = indexOf(token.label());
        if (index >= 0) {
            updated.set(index, token);
        } else {
            updated.add(token);
        }
        return new Library(address, name, updated);
    }

    public Library withoutToken(String label) {
        return new Library(address, name, tokens.stream().filter(t -> !t.label().equals(label)).toList());
    }

    /** The same tokens under a new name and address (an edit of the library's settings). */
    public Library withDetails(LibraryAddress newAddress, String newName) {
        if (!newAddress.libraryId().equals(id())) {
            throw new InvalidInputException(UserText.of("error.library.idCannotChange"));
        }
        return new Library(newAddress, newName, tokens);
    }

    private int indexOf(String label) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }
}
