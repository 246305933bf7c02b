package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

/** The master password did not unlock the vault; ask again. */
public final class WrongPasswordException extends VaultException {
    public WrongPasswordException(UserText text) {
        super(text);
    }
}
