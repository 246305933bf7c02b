package dev.smhtoken.smh;

import java.util.Map;
import java.util.Optional;

/** What the user should do about each documented SMH error code, and about bare HTTP statuses. */
final class ErrorAdvice {
    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("EmptyLibraryIdOrSecret",
                    "the LibraryId and the library secret were empty; enter both from the SMH console"),
            Map.entry("EmptyLibraryId", "the LibraryId was empty; enter it as shown in the SMH console"),
            Map.entry("EmptyLibrarySecret", "the library secret was empty; enter it as shown in the SMH console"),
            Map.entry("EmptyAccessToken", "the access token was empty; paste the whole token"),
            Map.entry("InvalidAccessToken", "the token is invalid, expired, revoked or belongs to another library;"
                    + " generate a new token"),
            Map.entry("AccessTokenNotMatchSpace",
                    "the token is not valid for this space; generate a token for the right space"),
            Map.entry("NoPermission",
                    "the token lacks the permission needed; generate a token with the right grant"),
            Map.entry("LibraryNotFound", "there is no such library; check the LibraryId and the library's host"),
            Map.entry("WrongLibraryIdOrSecret",
                    "the LibraryId or the library secret is wrong; copy both again from the SMH console"),
            Map.entry("RateLimitExceeded", "SMH is limiting requests; wait a minute and try again"),
            Map.entry("InternalServerError", "SMH had an internal error; try again in a few minutes"),
            Map.entry("ServerOverloaded", "SMH is overloaded; try again in a few minutes"));

    private ErrorAdvice() {
    }

    static Optional<String> forCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    static String forStatus(int status) {
        if (status == 429) {
            return "too many requests were made; wait a minute and try again";
        }
        if (status >= 500) {
            return "the server had a problem; try again in a few minutes";
        }
        return switch (status) {
            case 400 -> "the request was refused as malformed; check the LibraryId and the values entered";
            case 401, 403 -> "access was refused; check the library's host and that no proxy blocks the request";
            case 404, 405 -> "the token service was not found there; check the library's host setting";
            case 408 -> "the server gave up waiting for the request; try again";
            default -> "check the library's host setting and try again";
        };
    }
}
