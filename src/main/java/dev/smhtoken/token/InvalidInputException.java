package dev.smhtoken.token;

/** Input the user can fix; the message says what is wrong and what to do. Nothing was changed. */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }
}
