package dev.smhtoken.token;

import java.time.Duration;

/**
 * The optional parameters of a generate call, kept with a generated token so that a dead token
 * can be replaced by one made the same way. Blank values mean "not sent".
 */
public record GenerateOptions(Duration period, String grant, String userId, String clientId, String spaceId) {
    public static final GenerateOptions DEFAULTS = new GenerateOptions(null, null, null, null, null);

    public GenerateOptions {
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new InvalidInputException("The period must be a positive number of seconds, or empty for 24 hours.");
        }
        grant = blankToNull(grant);
        userId = blankToNull(userId);
        clientId = blankToNull(clientId);
        spaceId = blankToNull(spaceId);
        if (grant != null) {
            grant = String.join(",", grant.replace(" ", "").split(",+"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
