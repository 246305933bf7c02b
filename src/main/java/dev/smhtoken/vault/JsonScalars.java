package dev.smhtoken.vault;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads one scalar value from a streaming parser, accepting exactly what the earlier object-mapper
 * reader (with its date and time module, default settings) accepted, so that no file that opened
 * before stops opening: numbers and booleans where text is expected become that text, a number or a
 * numeric string where a whole number is expected is truncated, and so on. Anything else is an
 * {@link UnexpectedJsonException} at the value. Each method expects the parser on the value's token.
 */
final class JsonScalars {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("-?[0-9]*\\.[0-9]*");
    private static final Pattern ZERO_OFFSET = Pattern.compile("\\+00:?(00)?$");
    private static final BigDecimal ONE_BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JsonScalars() {
    }

    static String string(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
            default -> throw new UnexpectedJsonException(p);
        };
    }

    /**
     * A {@code char[]} the caller owns, copied straight from the parser's buffer so that no
     * {@code String} of it is made. Copies this cannot wipe remain: the parser's reusable text buffer
     * (until it is overwritten or collected) and the UTF-8 input the caller passed in.
     */
    static char[] chars(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            char[] buffer = p.getTextCharacters();
            int start = p.getTextOffset();
            char[] chars = new char[p.getTextLength()];
            System.arraycopy(buffer, start, chars, 0, chars.length);
            return chars;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new UnexpectedJsonException(p);
        }
        // The earlier reader also took an array of one-character strings; no version wrote one.
        StringBuilder chars = new StringBuilder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() != 1) {
                throw new UnexpectedJsonException(p);
            }
            chars.append(p.getTextCharacters()[p.getTextOffset()]);
        }
        char[] result = new char[chars.length()];
        chars.getChars(0, result.length, result, 0);
        chars.setLength(0);
        return result;
    }

    /** A {@code Boolean} field: null, empty or "null" text is null. */
    static Boolean optionalBoolean(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getBigIntegerValue().signum() != 0;
            case VALUE_STRING -> {
                String text = p.getText().trim();
                if (text.isEmpty() || text.equals("null")) {
                    yield null;
                }
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield Boolean.parseBoolean(text);
                }
                throw new UnexpectedJsonException(p);
            }
            default -> throw new UnexpectedJsonException(p);
        };
    }

    /** A {@code boolean} field: what is null for a {@code Boolean} is false, as it was. */
    static boolean primitiveBoolean(JsonParser p) throws IOException {
        return Boolean.TRUE.equals(optionalBoolean(p));
    }

    /** An {@code Integer} field: a fraction is cut off; null, empty or "null" text is null. */
    static Integer optionalInt(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    throw new UnexpectedJsonException(p);
                }
                return p.getIntValue();
            case VALUE_NUMBER_FLOAT:
                double value = p.getDoubleValue();
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new UnexpectedJsonException(p);
                }
                return (int) value;
            case VALUE_STRING:
                String text = p.getText().trim();
                if (text.isEmpty() || text.equals("null")) {
                    return null;
                }
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new UnexpectedJsonException(p);
                }
            default:
                throw new UnexpectedJsonException(p);
        }
    }

    /** An {@code int} field: what is null for an {@code Integer} is 0, as it was. */
    static int primitiveInt(JsonParser p) throws IOException {
        Integer value = optionalInt(p);
        return value == null ? 0 : value;
    }

    /** An enum constant by name (surrounding blanks ignored) or, as before, by its index. */
    static <E extends Enum<E>> E enumConstant(JsonParser p, Class<E> type) throws IOException {
        E[] constants = type.getEnumConstants();
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = token == JsonToken.VALUE_STRING ? p.getText().trim()
                : token == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
        if (text != null) {
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            if (WHOLE_NUMBER.matcher(text).matches() && text.length() < 10) {
                int index = Integer.parseInt(text);
                if (index >= 0 && index < constants.length) {
                    return constants[index];
                }
            }
        }
        throw new UnexpectedJsonException(p);
    }

    /**
     * An ISO-8601 instant as {@link Instant#toString()} writes it (any zero offset, lower case and
     * blanks around it accepted), or seconds since the epoch as a number or numeric text.
     */
    static Instant instant(JsonParser p) throws IOException {
        try {
            return switch (p.currentToken()) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT -> Instant.ofEpochSecond(p.getLongValue());
                case VALUE_NUMBER_FLOAT -> secondsAndNanos(p.getDecimalValue(), Instant::ofEpochSecond);
                case VALUE_STRING -> {
                    String text = p.getText().trim();
                    if (text.isEmpty()) {
                        yield null;
                    }
                    if (WHOLE_NUMBER.matcher(text).matches()) {
                        yield Instant.ofEpochSecond(Long.parseLong(text));
                    }
                    if (DECIMAL_NUMBER.matcher(text).matches()) {
                        yield secondsAndNanos(new BigDecimal(text), Instant::ofEpochSecond);
                    }
                    yield DateTimeFormatter.ISO_INSTANT.parse(ZERO_OFFSET.matcher(text).replaceFirst("Z"), Instant::from);
                }
                default -> throw new UnexpectedJsonException(p);
            };
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new UnexpectedJsonException(p);
        }
    }

    /** An ISO-8601 duration as {@link Duration#toString()} writes it, or seconds as a number. */
    static Duration duration(JsonParser p) throws IOException {
        try {
            return switch (p.currentToken()) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT -> Duration.ofSeconds(p.getLongValue());
                case VALUE_NUMBER_FLOAT -> secondsAndNanos(p.getDecimalValue(), Duration::ofSeconds);
                case VALUE_STRING -> {
                    String text = p.getText().trim();
                    yield text.isEmpty() ? null : Duration.parse(text);
                }
                default -> throw new UnexpectedJsonException(p);
            };
        } catch (DateTimeException | ArithmeticException e) {
            throw new UnexpectedJsonException(p);
        }
    }

    /** Seconds with a fraction, the fraction cut at nanoseconds, as the earlier reader did. */
    private static <T> T secondsAndNanos(BigDecimal seconds, BiFunction<Long, Long, T> make) {
        // Compared before any arithmetic, so that 1e999999999 is refused at once instead of expanded.
        if (seconds.abs().compareTo(LONG_MAX) > 0) {
            throw new ArithmeticException("out of range");
        }
        long whole = seconds.toBigInteger().longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).multiply(ONE_BILLION).longValue();
        return make.apply(whole, nanos);
    }
}
