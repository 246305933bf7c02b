package dev.smhtoken.token;

/** What a saved token is worth right now. */
public enum TokenState {
    /** Expiry known and comfortably far away. */
    VALID,
    /** Under 10% of its period left, or under 15 minutes when the period is unknown. */
    EXPIRING,
    /** Its expiry has passed (as far as this app knows: use elsewhere may have extended it). */
    EXPIRED,
    /** Pasted and never renewed: SMH has no call that tells a token's expiry. */
    UNKNOWN,
    /** Revoked at SMH through this app. */
    REVOKED
}
