package dev.smhtoken.token;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The optional parameters of a generate call, kept with a generated token so that a dead token
 * can be replaced by one made the same way. Blank values mean "not sent".
 */
public record GenerateOptions(Duration period, String grant, String userId, String clientId, String spaceId) {
    public static final GenerateOptions DEFAULTS = new GenerateOptions(null, null, null, null, null);

    public GenerateOptions {
        // SMH counts the period in whole seconds: less than one would be sent as zero.
        if (period != null && period.getSeconds() < 1) {
            throw new InvalidInputException(UserText.of("error.generate.periodNotPositive"));
        }
        grant = normalizeGrant(grant);
        userId = blankToNull(userId);
        clientId = blankToNull(clientId);
        spaceId = blankToNull(spaceId);
    }

    /** {@code " upload_file, ,delete_file "} becomes {@code "upload_file,delete_file"}; nothing left means null. */
    private static String normalizeGrant(String grant) {
        if (grant == null) {
            return null;
        }
        String joined = Arrays.stream(grant.split(","))
                .map(String::strip)
                .filter(permission -> !permission.isEmpty())
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
