package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

/** The vault can only be opened (or protected) with a master password, and none was given. */
public final class PasswordRequiredException extends VaultException {
    public PasswordRequiredException(UserText text) {
        super(text);
    }
}
