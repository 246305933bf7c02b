package dev.smhtoken.token;

/**
 * A token operation that SMH refused or that never got an answer. Carries what the user needs to
 * act (the HTTP status, SMH's code and message, a request id for support) and never a token or
 * secret: the message is built from the server's code and text only.
 */
public class SmhException extends RuntimeException implements ExplainedFailure {
    /** Why the call failed, which decides whether trying again can help. */
    public enum Kind {
        /** SMH answered with an error status (and usually a code). */
        REJECTED,
        /** No connection could be made or it broke before the answer was complete. */
        NETWORK,
        /** The server took longer than the response timeout. */
        TIMEOUT,
        /** The server answered success, but not with a usable token. */
        BAD_RESPONSE
    }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String serverMessage;
    private final String requestId;
    private final UserText text;

    /** @param text the sentence for the user: SMH's code (or what happened) first, then what to do */
    public SmhException(Kind kind, int httpStatus, String code, String serverMessage, String requestId,
                        UserText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.serverMessage = serverMessage;
        this.requestId = requestId;
    }

    @Override
    public UserText userText() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** SMH's error code such as {@code InvalidAccessToken}, or null. */
    public String code() {
        return code;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public String requestId() {
        return requestId;
    }

    /** True when the token itself is dead and only a newly generated one helps. */
    public boolean tokenIsDead() {
        return "InvalidAccessToken".equals(code);
    }

    /** True when SMH refused the library secret (or the LibraryId it was sent with). */
    public boolean secretIsWrong() {
        return "WrongLibraryIdOrSecret".equals(code);
    }

    /** True when the same call may succeed later (network trouble, overload, rate limit). */
    public boolean isTransient() {
        return kind == Kind.NETWORK || kind == Kind.TIMEOUT || httpStatus == 429 || httpStatus >= 500;
    }
}
