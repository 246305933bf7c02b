package dev.smhtoken.token;

/** Input the user can fix; the message says what is wrong and what to do. Nothing was changed. */
public class InvalidInputException extends IllegalArgumentException implements ExplainedFailure {
    private final UserText text;

    public InvalidInputException(UserText text) {
        super(text.english());
        this.text = text;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
