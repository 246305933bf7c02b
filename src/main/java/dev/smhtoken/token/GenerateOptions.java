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
    /** Far longer than any SMH id. */
    public static final int MAX_ID_LENGTH = 256;
    /** Every permission SMH knows, joined, is about 500 characters. */
    public static final int MAX_GRANT_LENGTH = 2048;

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

    /**
     * These options, when each value is as long as SMH's could be at most and has nothing
     * unprintable. Checked where options come in (a new generate, an import), not when the vault is
     * read, so that a vault saved by an earlier version always opens.
     */
    public GenerateOptions checked() {
        bounded("grant", grant, MAX_GRANT_LENGTH);
        bounded("user_id", userId, MAX_ID_LENGTH);
        bounded("client_id", clientId, MAX_ID_LENGTH);
        bounded("space_id", spaceId, MAX_ID_LENGTH);
        return this;
    }

    /** @param parameter SMH's name for the value, the same in every language */
    private static void bounded(String parameter, String value, int maxLength) {
        if (value != null && (value.length() > maxLength || Printable.hasUnprintable(value))) {
            throw new InvalidInputException(UserText.of("error.generate.valueNotAllowed", parameter, maxLength));
        }
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
