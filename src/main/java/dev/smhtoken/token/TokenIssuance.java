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
        String checkedLabel = Token.requireNewLabel(label);
        requireFreeLabel(library, checkedLabel);
        Instant sentAt = clock.instant();
        IssuedToken issued = smh.renew(library.address(), pasted);
        Token renewed = Token.pasted(checkedLabel, pasted).renewed(issued, sentAt);
        Token token = renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.ADDED, renewed.expiresAt()));
        save(libraryId, token);
        return token;
    }

    /**
     * Generates a token with the library secret, used for this one call only; with {@code secret}
     * null, with the secret the library remembers (the caller's own secret is never remembered here).
     */
    public Token generate(String libraryId, String label, LibrarySecret secret, GenerateOptions options) {
        Library library = LibraryCatalog.existing(store.load(), libraryId);
        String checkedLabel = Token.requireNewLabel(label);
        requireFreeLabel(library, checkedLabel);
        GenerateOptions used = options == null ? GenerateOptions.DEFAULTS : options.checked();
        Instant sentAt = clock.instant();
        IssuedToken issued = generate(smh, library, secret, used);
        Token fresh = Token.generated(checkedLabel, issued, sentAt, used);
        Token token = fresh.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.GENERATED, fresh.expiresAt()));
        save(libraryId, token);
        return token;
    }

    /**
     * One generate call with {@code secret}, or when it is null with a copy of the secret the library
     * remembers (the copy is wiped, the remembered one stays). SMH refusing a remembered secret says
     * so and how to update it, rather than to check a secret the user did not type.
     */
    static IssuedToken generate(SmhGateway smh, Library library, LibrarySecret secret, GenerateOptions options) {
        if (secret != null) {
            return smh.generate(library.address(), secret, options);
        }
        try (LibrarySecret remembered = library.copyOfRememberedSecret()) {
            return smh.generate(library.address(), remembered, options);
        } catch (SmhException e) {
            if (!e.secretIsWrong()) {
                throw e;
            }
            throw new SmhException(e.kind(), e.httpStatus(), e.code(), e.serverMessage(), e.requestId(),
                    UserText.of("error.smh.rememberedSecretWrong", e.code(), library.name(), e.httpStatus()), e);
        }
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
