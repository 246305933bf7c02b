package dev.smhtoken.token;

/**
 * The vault could not be read or written. The message says what is wrong and what to do; the file
 * on disk was left as it was.
 */
public class VaultException extends RuntimeException {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
