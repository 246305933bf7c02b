package dev.smhtoken.emulator;

/** An SMH error answer: the HTTP status and the documented code. */
final class EmulatorError extends RuntimeException {
    private final int status;
    private final String code;

    EmulatorError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static EmulatorError invalidToken() {
        return new EmulatorError(403, "InvalidAccessToken", "access token is invalid or expired");
    }
}
