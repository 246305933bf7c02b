package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

/** Another window already works on this data folder. */
public final class WindowAlreadyOpenException extends VaultException {
    public WindowAlreadyOpenException(UserText text) {
        super(text);
    }
}
