package dev.smhtoken.vault;

import dev.smhtoken.token.VaultException;

/** The master password did not unlock the vault; ask again. */
public final class WrongPasswordException extends VaultException {
    public WrongPasswordException(String message) {
        super(message);
    }
}
