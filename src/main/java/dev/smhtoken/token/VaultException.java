package dev.smhtoken.token;

/**
 * The vault could not be read or written. The message says what is wrong and what to do; the file
 * on disk was left as it was.
 */
public class VaultException extends RuntimeException implements ExplainedFailure {
    private final UserText text;

    public VaultException(UserText text) {
        this(text, null);
    }

    public VaultException(UserText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
