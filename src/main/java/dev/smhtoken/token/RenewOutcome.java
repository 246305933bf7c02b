package dev.smhtoken.token;

/**
 * How one renew ended, whoever asked for it (a click, auto-renew, renew many).
 *
 * @param ref     the token
 * @param token   the token as saved afterwards (renewed, or unchanged with the failure in its history);
 *                null when it is no longer saved
 * @param failure why it failed, or null on success
 */
public record RenewOutcome(TokenRef ref, Token token, RuntimeException failure) {
    public boolean succeeded() {
        return failure == null;
    }

    /** True when SMH refused the token itself: only a new token helps. */
    public boolean tokenIsDead() {
        return failure instanceof SmhException smh && smh.tokenIsDead();
    }
}
