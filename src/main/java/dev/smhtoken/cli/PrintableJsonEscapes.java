package dev.smhtoken.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.smhtoken.token.Printable;

/**
 * JSON output in which every {@linkplain Printable#isUnprintable unprintable} character is a
 * {@code \\uXXXX} escape: the values read back unchanged, yet printing them on a terminal cannot
 * steer it.
 */
final class PrintableJsonEscapes extends CharacterEscapes {
    private final int[] ascii;

    PrintableJsonEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Printable.isUnprintable(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
