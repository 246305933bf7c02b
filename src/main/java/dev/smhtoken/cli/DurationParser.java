package dev.smhtoken.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A DURATION argument: {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 1h30m}, or ISO-8601 ({@code PT15M}). */
final class DurationParser implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p") || value.startsWith("-p")) {
            try {
                return nonNegative(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher matcher = SHORT.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            throw invalid(text);
        }
        try {
            Duration total = Duration.ZERO
                    .plusDays(number(matcher.group(1)))
                    .plusHours(number(matcher.group(2)))
                    .plusMinutes(number(matcher.group(3)))
                    .plusSeconds(number(matcher.group(4)));
            return nonNegative(total, text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static Duration nonNegative(Duration duration, String text) {
        if (duration.isNegative()) {
            throw invalid(text);
        }
        return duration;
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException("\"" + text + "\" is not a duration: use a form like 90s, 15m, 2h, 1d,"
                + " 1h30m or PT15M.");
    }
}
