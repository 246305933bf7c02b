package dev.smhtoken.token;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletionException;

/**
 * Renewing one saved token and waiting for it: the command line's renew. It goes through the same
 * {@link RenewCoordinator} as the window's renews (one place counts the expiry, saves and writes
 * history); only a failure is not written to the vault, which stays exactly as it was.
 */
public final class TokenRenewal {
    private final RenewCoordinator coordinator;

    public TokenRenewal(RenewCoordinator coordinator) {
        this.coordinator = Objects.requireNonNull(coordinator);
    }

    /** A renewal on the calling thread, over a coordinator of its own. */
    public TokenRenewal(SmhGateway smh, VaultStore store, Clock clock) {
        this(new RenewCoordinator(smh, store, clock, Runnable::run));
    }

    /**
     * Renews the token as saved now and returns it as renewed. If the saved token was removed,
     * revoked or replaced while the call ran, the vault keeps that newer state. Blocks until the
     * result is saved.
     */
    public Token renew(TokenRef ref) {
        try {
            return coordinator.renew(ref, null, null, () -> false, null, false).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
