package dev.smhtoken.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Getting a new token into the vault: by paste (validated by one renew) or by generating it. */
public final class TokenIssuance {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;

    public TokenIssuance(SmhGateway smh, VaultStore store, Clock clock) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Saves a pasted token after renewing it once: that proves SMH accepts it and tells its expiry
     * and period. A token SMH rejects is not saved (the {@link SmhException} says why).
     */
    public Token addByPaste(String libraryId, String label, AccessToken pasted) {
        Library library = LibraryCatalog.existing(store.load(), libraryId);
        String checkedLabel = Token.requireLabel(label);
        requireFreeLabel(library, checkedLabel);
        Instant sentAt = clock.instant();
        IssuedToken issued = smh.renew(library.address(), pasted);
        Token renewed = Token.pasted(checkedLabel, pasted).renewed(issued, sentAt);
        Token token = renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.ADDED, renewed.expiresAt()));
        save(libraryId, token);
        return token;
    }

    /** Generates a token with the library secret; the secret is used for this one call only. */
    public Token generate(String libraryId, String label, LibrarySecret secret, GenerateOptions options) {
        Library library = LibraryCatalog.existing(store.load(), libraryId);
        String checkedLabel = Token.requireLabel(label);
        requireFreeLabel(library, checkedLabel);
        GenerateOptions used = options == null ? GenerateOptions.DEFAULTS : options;
        Instant sentAt = clock.instant();
        IssuedToken issued = smh.generate(library.address(), secret, used);
        Token fresh = Token.generated(checkedLabel, issued, sentAt, used);
        Token token = fresh.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.GENERATED, fresh.expiresAt()));
        save(libraryId, token);
        return token;
    }

    private void save(String libraryId, Token token) {
        store.update(vault -> {
            Library library = LibraryCatalog.existing(vault, libraryId);
            requireFreeLabel(library, token.label());
            return vault.withLibrary(library.withToken(token));
        });
    }

    private static void requireFreeLabel(Library library, String label) {
        if (library.token(label).isPresent()) {
            throw new InvalidInputException(UserText.of("error.token.labelTaken", library.id(), label));
        }
    }
}
