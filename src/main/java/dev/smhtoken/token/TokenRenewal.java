package dev.smhtoken.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Renewing a saved token: one call to SMH, then the answer is saved. A failure changes nothing. */
public final class TokenRenewal {
    private final SmhGateway smh;
    private final VaultStore store;
    private final Clock clock;

    public TokenRenewal(SmhGateway smh, VaultStore store, Clock clock) {
        this.smh = Objects.requireNonNull(smh);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Renews the token as saved now and returns it as renewed. If the saved token was removed,
     * revoked or replaced while the call ran, the vault keeps that newer state.
     */
    public Token renew(TokenRef ref) {
        Vault vault = store.load();
        Library library = LibraryCatalog.existing(vault, ref.libraryId());
        Token current = library.token(ref.label()).orElseThrow(() -> missing(ref));
        if (current.revokedAt() != null) {
            throw new InvalidInputException(UserText.of("error.token.revoked", ref));
        }
        // The expiry counts from the moment the request left, so the countdown can only err early.
        Instant sentAt = clock.instant();
        IssuedToken issued = smh.renew(library.address(), current.value());
        Token renewed = current.renewed(issued, sentAt);
        renewed = renewed.withEvent(TokenEvent.of(sentAt, TokenEvent.Kind.RENEWED, renewed.expiresAt()));
        Token toSave = renewed;
        store.update(latest -> stillTheSameToken(latest, ref, current) ? latest.withToken(ref.libraryId(), toSave) : latest);
        return renewed;
    }

    /**
     * Whether the saved token is still the one that was renewed. One removed, revoked or replaced by
     * another token with the same label while the call ran is left as it is now.
     */
    static boolean stillTheSameToken(Vault latest, TokenRef ref, Token renewedFrom) {
        return latest.token(ref)
                .filter(saved -> saved.revokedAt() == null && saved.value().equals(renewedFrom.value()))
                .isPresent();
    }

    static InvalidInputException missing(TokenRef ref) {
        return new InvalidInputException(UserText.of("error.token.notSaved", ref));
    }
}
