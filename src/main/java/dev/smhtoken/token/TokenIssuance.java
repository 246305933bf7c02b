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
        Token token = pasted(LibraryCatalog.existing(store.load(), libraryId), label, pasted);
        save(libraryId, token);
        return token;
    }

    /**
     * Saves {@code newLibrary} (not saved yet) with a pasted token as its first, in one save and only
     * once SMH accepted the token: a refusal, or the end of the process before the answer, leaves no
     * library behind and no file changed.
     */
    public Token addByPaste(Library newLibrary, String label, AccessToken pasted) {
        requireNew(store.load(), newLibrary);
        Token token = pasted(newLibrary, label, pasted);
        saveNew(newLibrary, token);
        return token;
    }

    /**
     * Generates a token with the library secret, used for this one call only; with {@code secret}
     * null, with the secret the library remembers (the caller's own secret is never remembered here).
     */
    public Token generate(String libraryId, String label, LibrarySecret secret, GenerateOptions options) {
        Token token = generated(LibraryCatalog.existing(store.load(), libraryId), label, secret, options);
        save(libraryId, token);
        return token;
    }

    /**
     * Generates the first token of {@code newLibrary} (not saved yet) with {@code secret} and saves
     * both in one save; a refusal saves nothing.
     */
    public Token generate(Library newLibrary, String label, LibrarySecret secret, GenerateOptions options) {
        requireNew(store.load(), newLibrary);
        Token token = generated(newLibrary, label, Objects.requireNonNull(secret, "secret"), options);
        saveNew(newLibrary, token);
        return token;
    }

    private Token pasted(Library library, String label, AccessToken pasted) {
        String checkedLabel = Token.requireNewLabel(label);
        requireFreeLabel(library, checkedLabel);
        Instant sentAt = clock.instant();
        IssuedToken issued = smh.renew(library.address(), pasted);
        Token renewed = Token.pasted(checkedLabel, pasted).renewed(issued, sentAt);
        return renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.ADDED, renewed.expiresAt()));
    }

    private Token generated(Library library, String label, LibrarySecret secret, GenerateOptions options) {
        String checkedLabel = Token.requireNewLabel(label);
        requireFreeLabel(library, checkedLabel);
        GenerateOptions used = options == null ? GenerateOptions.DEFAULTS : options.checked();
        Instant sentAt = clock.instant();
        IssuedToken issued = generate(smh, library, secret, used);
        Token fresh = Token.generated(checkedLabel, issued, sentAt, used);
        return fresh.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.GENERATED, fresh.expiresAt()));
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

    private void saveNew(Library newLibrary, Token token) {
        store.update(vault -> {
            requireNew(vault, newLibrary);
            return vault.withLibrary(newLibrary.withToken(token));
        });
    }

    private static void requireNew(Vault vault, Library library) {
        if (vault.library(library.id()).isPresent()) {
            throw new InvalidInputException(UserText.of("error.library.alreadySaved", library.id()));
        }
    }

    private static void requireFreeLabel(Library library, String label) {
        if (library.token(label).isPresent()) {
            throw new InvalidInputException(UserText.of("error.token.labelTaken", library.id(), label));
        }
    }
}
