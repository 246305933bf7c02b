package dev.smhtoken.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Replaces an expired or revoked token by a newly generated one made the same way: same label,
 * grant, user id, client id, space id and period (for a pasted token, its known period), with the
 * library secret the user gives for this one call (or the one the library remembers). The dead
 * token's history and auto-renew choice stay.
 */
public final class TokenReplacement {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;

    public TokenReplacement(SmhGateway smh, VaultStore store, Clock clock) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The options a replacement of {@code token} is generated with. */
    public static GenerateOptions optionsFor(Token token) {
        GenerateOptions origin = token.origin();
        if (origin == null) {
            return new GenerateOptions(token.period(), null, null, null, null);
        }
        return origin.period() != null || token.period() == null ? origin
                : new GenerateOptions(token.period(), origin.grant(), origin.userId(), origin.clientId(), origin.spaceId());
    }

    /** Replaces the token with {@code secret}, or with {@code secret} null with the one its library remembers. */
    public Token replace(TokenRef ref, LibrarySecret secret) {
        Library library = LibraryCatalog.existing(store.load(), ref.libraryId());
        Token dead = library.token(ref.label()).orElseThrow(() -> TokenRenewal.missing(ref));
        GenerateOptions options = optionsFor(dead);
        Instant sentAt = clock.instant();
        IssuedToken issued = TokenIssuance.generate(smh, library, secret, options);
        TokenEvent generated = TokenEvent.of(sentAt, TokenEvent.Kind.GENERATED, sentAt.plus(issued.expiresIn()));
        // Built on the token as saved now, so events recorded while the call ran are kept.
        Vault saved = store.update(latest -> latest.withToken(ref.libraryId(), latest.token(ref).orElse(dead)
                .replacedBy(issued, sentAt, options).withEvent(generated)));
        Token replacement = saved.token(ref).orElseThrow(() -> TokenRenewal.missing(ref));
        return replacement;
    }
}
