package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acctk01f7af4f07me88u2svxwp9tszuekqlprquuej | acctk01f7af4f07me88u2svxwp9tszuekqlprquuej",
        "A-Z_a.z~09 | A-Z_a.z~09",
        "a/b | a%2Fb",
        "a+b | a%2Bb",
        "100% | 100%25",
        "a b | a%20b",
        "x&y=z?#  | x%26y%3Dz%3F%23",
        "é€ | %C3%A9%E2%82%AC"})
    void everythingButUnreservedCharactersIsEncodedAsUtf8(String raw, String encoded) {
        assertEquals(encoded, PercentEncoding.encode(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ". | %2E",
        ".. | %2E%2E",
        "a.b | a%2Eb",
        "a/../b | a%2F%2E%2E%2Fb",
        "A-Z_z~09 | A-Z_z~09"})
    void aPathSegmentHasItsDotsEncodedToo(String raw, String encoded) {
        assertEquals(encoded, PercentEncoding.encodeSegment(raw));
    }
}
