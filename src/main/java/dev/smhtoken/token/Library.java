package dev.smhtoken.token;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A media library and the tokens saved for it. Immutable: every change returns a new library.
 *
 * @param name             a display name the user chose; the LibraryId when none was given
 * @param rememberedSecret the library secret, when the user chose to keep it in the vault so that
 *                         tokens can be generated without typing it; null (the default) when not.
 *                         Owned by this library: never close it, use {@link LibrarySecret#copy()}.
 *                         It prints and compares as a redaction does, so {@code toString} and
 *                         {@code equals} never show it.
 */
public record Library(LibraryAddress address, String name, List<Token> tokens, LibrarySecret rememberedSecret) {
    /** A display name longer than this is not one (and would stretch every table and message). */
    public static final int MAX_NAME_LENGTH = 128;

    public Library {
        name = name == null || name.isBlank() ? address.libraryId() : name.strip();
        tokens = List.copyOf(tokens);
        long distinct = tokens.stream().map(Token::label).distinct().count();
        if (distinct != tokens.size()) {
            throw new IllegalArgumentException("token labels must be unique within a library");
        }
    }

    /** A library that remembers no secret. */
    public Library(LibraryAddress address, String name, List<Token> tokens) {
        this(address, name, tokens, null);
    }

    /** A new library from what the user typed; the name is checked as {@link #requireName} does. */
    public static Library of(String libraryId, String name, String host) {
        return new Library(LibraryAddress.of(libraryId, host), requireName(name), List.of());
    }

    /**
     * A display name as the user (or a file) gives it: at most {@link #MAX_NAME_LENGTH} characters
     * and nothing unprintable. Checked where names come in, not when the vault is read, so that a
     * vault saved by an earlier version always opens.
     */
    public static String requireName(String name) {
        if (name != null && (name.strip().length() > MAX_NAME_LENGTH || Printable.hasUnprintable(name.strip()))) {
            throw new InvalidInputException(UserText.of("error.library.nameNotAllowed", MAX_NAME_LENGTH));
        }
        return name;
    }

    public String id() {
        return address.libraryId();
    }

    public URI host() {
        return address.host();
    }

    public boolean remembersSecret() {
        return rememberedSecret != null;
    }

    /** This library keeping {@code secret} in the vault (it takes ownership), or forgetting it when null. */
    public Library withRememberedSecret(LibrarySecret secret) {
        return new Library(address, name, tokens, secret);
    }

    /** A copy of the remembered secret for one generate call, which closes it. */
    LibrarySecret copyOfRememberedSecret() {
        if (rememberedSecret == null) {
            throw new InvalidInputException(UserText.of("error.library.noRememberedSecret", id()));
        }
        return rememberedSecret.copy();
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
        return new Library(address, name, updated, rememberedSecret);
    }

    public Library withoutToken(String label) {
        return new Library(address, name, tokens.stream().filter(t -> !t.label().equals(label)).toList(),
                rememberedSecret);
    }

    /** The same tokens (and remembered secret) under a new name and address (an edit of the library's settings). */
    public Library withDetails(LibraryAddress newAddress, String newName) {
        if (!newAddress.libraryId().equals(id())) {
            throw new InvalidInputException(UserText.of("error.library.idCannotChange"));
        }
        return new Library(newAddress, requireName(newName), tokens, rememberedSecret);
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
