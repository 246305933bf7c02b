package dev.smhtoken.smh;

import dev.smhtoken.token.UserText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.IssuedToken;
import dev.smhtoken.token.Printable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads SMH's JSON bodies strictly: a success answer becomes an {@link IssuedToken} or a
 * {@link BadAnswerException} saying what was wrong with it; never a half-built result.
 */
final class AnswerParser {
    /**
     * SMH caps a token's period at 10 years (315,360,000 s). A longer lifetime is no SMH answer, and
     * one large enough (10^17 s) would not even fit an {@link java.time.Instant} once added to now.
     */
    static final long MAX_EXPIRES_IN_SECONDS = 315_360_000L;

    /** Why a success body is unusable, in words for the user ("an empty answer"). Never carries body text. */
    static final class BadAnswerException extends Exception {
        private final UserText reason;

        BadAnswerException(String reasonKey) {
            this(UserText.of(reasonKey));
        }

        private BadAnswerException(UserText reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }

        UserText reason() {
            return reason;
        }
    }

    /** The useful fields of an SMH error body, when it is one. */
    record ErrorBody(String code, String message, String requestId) {
    }

    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    IssuedToken token(byte[] body) throws BadAnswerException {
        JsonNode root = object(body).orElseThrow(() -> new BadAnswerException(
                body.length == 0 ? "error.smh.answer.empty" : "error.smh.answer.notJsonObject"));
        JsonNode token = root.get("accessToken");
        if (token == null || token.isNull()) {
            throw new BadAnswerException("error.smh.answer.noAccessToken");
        }
        if (!token.isTextual()) {
            throw new BadAnswerException("error.smh.answer.accessTokenNotText");
        }
        if (token.asText().isBlank()) {
            throw new BadAnswerException("error.smh.answer.emptyAccessToken");
        }
        JsonNode expiresIn = root.get("expiresIn");
        if (expiresIn == null || expiresIn.isNull()) {
            throw new BadAnswerException("error.smh.answer.noExpiresIn");
        }
        if (!expiresIn.isIntegralNumber() || !expiresIn.canConvertToLong()) {
            throw new BadAnswerException("error.smh.answer.expiresInNotWhole");
        }
        if (expiresIn.asLong() < 0) {
            throw new BadAnswerException("error.smh.answer.negativeExpiresIn");
        }
        if (expiresIn.asLong() > MAX_EXPIRES_IN_SECONDS) {
            throw new BadAnswerException("error.smh.answer.expiresInTooLong");
        }
        String value = token.asText().strip();
        if (value.length() > AccessToken.MAX_LENGTH) {
            throw new BadAnswerException("error.smh.answer.accessTokenTooLong");
        }
        // A token with terminal escapes in it would be printed by list and copied into scripts.
        if (Printable.hasUnprintable(value)) {
            throw new BadAnswerException("error.smh.answer.accessTokenUnprintable");
        }
        try {
            return new IssuedToken(AccessToken.of(value), Duration.ofSeconds(expiresIn.asLong()));
        } catch (InvalidInputException spacesInToken) {
            throw new BadAnswerException("error.smh.answer.accessTokenHasSpaces");
        }
    }

    /** The error fields, or empty when the body is not an SMH error object (HTML, empty, other JSON). */
    Optional<ErrorBody> error(byte[] body) {
        return object(body).flatMap(root -> {
            String code = text(root, "code");
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new ErrorBody(code.strip(), text(root, "message"), text(root, "requestId")));
        });
    }

    private Optional<JsonNode> object(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && (node.isTextual() || node.isNumber()) ? node.asText() : null;
    }
}
