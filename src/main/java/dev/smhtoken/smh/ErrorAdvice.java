package dev.smhtoken.smh;

import dev.smhtoken.token.UserText;
import java.util.Map;
import java.util.Optional;

/** What the user should do about each documented SMH error code, and about bare HTTP statuses. */
final class ErrorAdvice {
    /** SMH's code -> the error text that says what it means and what to do. */
    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("EmptyLibraryIdOrSecret", "error.smh.code.emptyLibraryIdOrSecret"),
            Map.entry("EmptyLibraryId", "error.smh.code.emptyLibraryId"),
            Map.entry("EmptyLibrarySecret", "error.smh.code.emptyLibrarySecret"),
            Map.entry("EmptyAccessToken", "error.smh.code.emptyAccessToken"),
            Map.entry("InvalidAccessToken", "error.smh.code.invalidAccessToken"),
            Map.entry("AccessTokenNotMatchSpace", "error.smh.code.accessTokenNotMatchSpace"),
            Map.entry("NoPermission", "error.smh.code.noPermission"),
            Map.entry("LibraryNotFound", "error.smh.code.libraryNotFound"),
            Map.entry("WrongLibraryIdOrSecret", "error.smh.code.wrongLibraryIdOrSecret"),
            Map.entry("RateLimitExceeded", "error.smh.code.rateLimitExceeded"),
            Map.entry("InternalServerError", "error.smh.code.internalServerError"),
            Map.entry("ServerOverloaded", "error.smh.code.serverOverloaded"));

    private ErrorAdvice() {
    }

    static Optional<UserText> forCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code)).map(UserText::of);
    }

    static UserText forStatus(int status) {
        if (status == 429) {
            return UserText.of("error.smh.status.tooManyRequests");
        }
        if (status >= 500) {
            return UserText.of("error.smh.status.serverProblem");
        }
        return UserText.of(switch (status) {
            case 400 -> "error.smh.status.malformed";
            case 401, 403 -> "error.smh.status.accessRefused";
            case 404, 405 -> "error.smh.status.notFound";
            case 408 -> "error.smh.status.requestTimeout";
            default -> "error.smh.status.other";
        });
    }
}
