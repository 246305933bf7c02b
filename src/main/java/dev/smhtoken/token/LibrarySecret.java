package dev.smhtoken.token;

import java.util.Arrays;

/**
 * A library secret, as powerful as the library itself. Held as a {@code char[]} so that it can be
 * wiped as soon as it has been used; {@link #close()} wipes it.
 */
public final class LibrarySecret implements AutoCloseable {
    private final char[] chars;

    private LibrarySecret(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars}: the caller must not reuse the array. */
    public static LibrarySecret wrap(char[] chars) {
        // Checked in place: a String copy of the secret could never be wiped.
        if (chars == null || isBlank(chars)) {
            throw new InvalidInputException(UserText.of("error.library.secretEmpty"));
        }
        return new LibrarySecret(chars);
    }

    private static boolean isBlank(char[] chars) {
        for (char c : chars) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the secret, to be wiped by the caller after use. */
    public char[] copyChars() {
        return chars.clone();
    }

    /** An independent copy, for one use that closes it; this one stays as it is. */
    public LibrarySecret copy() {
        return new LibrarySecret(chars.clone());
    }

    /** Same characters; compared in constant time, so the comparison tells nothing by its duration. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LibrarySecret that)) {
            return false;
        }
        int difference = chars.length ^ that.chars.length;
        for (int i = 0; i < Math.min(chars.length, that.chars.length); i++) {
            difference |= chars[i] ^ that.chars[i];
        }
        return difference == 0;
    }

    /** The same for every secret: a hash code derived from the secret would give a piece of it away. */
    @Override
    public int hashCode() {
        return LibrarySecret.class.getSimpleName().hashCode();
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "LibrarySecret[redacted]";
    }
}
