package dev.smhtoken.cli;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Printable;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a REF argument: {@code LIBRARY_ID} when that library has one token, else
 * {@code LIBRARY_ID/LABEL}. An unknown or ambiguous reference is a usage error that lists what
 * the user could have meant.
 */
final class TokenRefs {
    private TokenRefs() {
    }

    private static final int MAX_LISTED = 20;

    static TokenRef resolve(Vault vault, String ref) {
        String text = ref == null ? "" : ref.strip();
        if (text.isEmpty()) {
            throw new UsageException("The token reference is empty: give LIBRARY_ID or LIBRARY_ID/LABEL.");
        }
        int slash = text.indexOf('/');
        String libraryId = slash < 0 ? text : text.substring(0, slash);
        Optional<Library> library = vault.library(libraryId);
        if (library.isEmpty()) {
            throw new UsageException("There is no saved library \"" + Printable.excerpt(libraryId) + "\". "
                    + candidates(vault));
        }
        List<Token> tokens = library.get().tokens();
        if (slash < 0) {
            if (tokens.size() == 1) {
                return new TokenRef(libraryId, tokens.get(0).label());
            }
            if (tokens.isEmpty()) {
                throw new UsageException("The library " + libraryId + " has no saved tokens: add one with"
                        + " `smh-token-manager add " + libraryId + " --token-stdin`.");
            }
            throw new UsageException("The library " + libraryId + " has " + tokens.size()
                    + " tokens, so name one: " + refsOf(library.get()) + ".");
        }
        String label = text.substring(slash + 1);
        if (library.get().token(label).isEmpty()) {
            throw new UsageException("The library " + libraryId + " has no token labelled \"" + Printable.excerpt(label)
                    + "\". "
                    + (tokens.isEmpty() ? "It has no saved tokens." : "Its tokens: " + refsOf(library.get()) + "."));
        }
        return new TokenRef(libraryId, label);
    }

    private static String candidates(Vault vault) {
        if (vault.tokenCount() == 0) {
            return "The vault holds no tokens yet.";
        }
        return "Saved tokens: " + firstFew(vault.libraries().stream().flatMap(TokenRefs::refs).toList()) + ".";
    }

    private static String refsOf(Library library) {
        return firstFew(refs(library).toList());
    }

    private static java.util.stream.Stream<String> refs(Library library) {
        return library.tokens().stream().map(t -> library.id() + "/" + t.label());
    }

    /** A vault of thousands of tokens would make the message thousands of lines long: the first few, then a count. */
    private static String firstFew(List<String> refs) {
        String shown = refs.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return refs.size() <= MAX_LISTED ? shown : shown + " and " + (refs.size() - MAX_LISTED) + " more (see `list`)";
    }
}
