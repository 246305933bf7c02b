package dev.smhtoken.token;

import java.time.Duration;
import java.util.Objects;

/** What SMH answered to a generate or renew: a token and its lifetime from the moment it was asked for. */
public record IssuedToken(AccessToken token, Duration expiresIn) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresIn, "expiresIn");
        if (expiresIn.isNegative()) {
            throw new IllegalArgumentException("expiresIn must not be negative");
        }
    }
}
