package dev.smhtoken.token;

import java.time.Clock;
import java.util.Objects;

/** Events the user causes without a call to SMH (a copy), recorded in the token's history. */
public final class TokenHistoryLog {
    private final VaultStore store;
    private final Clock clock;

    public TokenHistoryLog(VaultStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Notes that the token was copied; returns it as saved, or null if it is no longer saved. */
    public Token recordCopy(TokenRef ref) {
        TokenEvent event = TokenEvent.of(clock.instant(), TokenEvent.Kind.COPIED, null);
        Vault saved = store.update(vault -> vault.token(ref)
                .map(token -> vault.withToken(ref.libraryId(), token.withEvent(event)))
                .orElse(vault));
        return saved.token(ref).orElse(null);
    }
}
