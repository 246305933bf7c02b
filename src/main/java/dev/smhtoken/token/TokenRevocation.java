package dev.smhtoken.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Revoking a token at SMH, then marking it revoked in the vault (it is kept, to show what happened). */
public final class TokenRevocation {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;

    public TokenRevocation(SmhGateway smh, VaultStore store, Clock clock) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    public Token revoke(TokenRef ref) {
        Library library = LibraryCatalog.existing(store.load(), ref.libraryId());
        Token current = library.token(ref.label()).orElseThrow(() -> TokenRenewal.missing(ref));
        smh.revoke(library.address(), current.value());
        Instant at = clock.instant();
        // A token removed meanwhile stays removed: the revoke happened, but there is nothing to mark.
        Vault saved = store.update(latest -> latest.token(ref)
                .map(token -> latest.withToken(ref.libraryId(),
                        token.revoked(at).withEvent(TokenEvent.of(at, TokenEvent.Kind.REVOKED, null))))
                .orElse(latest));
        return saved.token(ref).orElse(current.revoked(at));
    }
}
