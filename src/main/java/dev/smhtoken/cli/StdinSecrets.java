package dev.smhtoken.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a token or a library secret from standard input (never from an argument, which would sit in
 * the shell history and in {@code ps}). On a terminal it asks without echo; from a pipe it reads
 * everything and drops the surrounding white space, so {@code printf}, {@code echo} and files all work.
 */
final class StdinSecrets {
    private static final int MAX_BYTES = 64 * 1024;

    private final Terminal terminal;

    StdinSecrets(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The secret as characters the caller wipes; empty when nothing came in. */
    char[] read(String what) {
        if (terminal.console() != null) {
            char[] typed = terminal.console().readPassword("Paste the %s, then press Enter: ", what);
            return typed == null ? new char[0] : trim(typed);
        }
        byte[] bytes = readAll(terminal.in(), what);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(chars.array(), '\0');
            return trim(result);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] readAll(InputStream in, String what) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > MAX_BYTES) {
                    throw new UsageException("The " + what + " on standard input is longer than "
                            + MAX_BYTES / 1024 + " KiB: pipe in the " + what + " alone.");
                }
            }
        } catch (IOException e) {
            throw new UsageException("Standard input could not be read (" + e.getMessage() + "): pipe in the "
                    + what + ".");
        } finally {
            Arrays.fill(chunk, (byte) 0);
        }
        return buffer.toByteArray();
    }

    private static char[] trim(char[] chars) {
        int start = 0;
        int end = chars.length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        char[] trimmed = Arrays.copyOfRange(chars, start, end);
        Arrays.fill(chars, '\0');
        return trimmed;
    }
}
