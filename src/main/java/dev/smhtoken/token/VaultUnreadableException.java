package dev.smhtoken.token;

/**
 * The vault file itself is damaged or unreadable (not a wrong password): it was left as it is, and
 * restoring a backup may help.
 */
public class VaultUnreadableException extends VaultException {
    public VaultUnreadableException(UserText text, Throwable cause) {
        super(text, cause);
    }
}
