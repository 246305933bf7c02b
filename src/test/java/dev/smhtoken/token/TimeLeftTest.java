package dev.smhtoken.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLeftTest {
    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0         | 0s
            1         | 1s
            7         | 7s
            59        | 59s
            60        | 1m 00s
            61        | 1m 01s
            303       | 5m 03s
            3599      | 59m 59s
            3600      | 1h 00m 00s
            3661      | 1h 01m 01s
            86352     | 23h 59m 12s
            86399     | 23h 59m 59s
            86400     | 1d 00h 00m 00s
            93784     | 1d 02h 03m 04s
            172799    | 1d 23h 59m 59s
            172800    | 2d 00h 00m 00s
            864001    | 10d 00h 00m 01s
            315360000 | 3650d 00h 00m 00s
            """)
    void formatsEveryUnitBoundary(long seconds, String expected) {
        assertEquals(expected, TimeLeft.format(Duration.ofSeconds(seconds)));
    }

    @Test
    void negativeClampsToZero() {
        assertEquals("0s", TimeLeft.format(Duration.ofSeconds(-1)));
        assertEquals("0s", TimeLeft.format(Duration.ofMillis(-1)));
        assertEquals("0s", TimeLeft.format(Duration.ofDays(-3)));
    }

    @Test
    void partSecondsRoundDownSoTheCountdownNeverPromisesTooMuch() {
        assertEquals("0s", TimeLeft.format(Duration.ofMillis(999)));
        assertEquals("1s", TimeLeft.format(Duration.ofMillis(1999)));
        assertEquals("59m 59s", TimeLeft.format(Duration.ofMillis(3_599_999)));
    }

    @Test
    void usesAsciiDigitsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // Arabic and Persian locales format %d with their own digits by default.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("1d 02h 03m 04s", TimeLeft.format(Duration.ofSeconds(93784)));
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertEquals("5m 03s", TimeLeft.format(Duration.ofSeconds(303)));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
