package dev.smhtoken.smh;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding for one path segment or one query value: everything but the unreserved
 * characters is encoded as UTF-8 bytes, so '/', '+', '%', '&', '=', spaces and non-ASCII all survive.
 */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String value) {
        return encode(value, false);
    }

    /**
     * One path segment: as {@link #encode}, and dots too, so that no segment can be {@code .} or
     * {@code ..} to a server or proxy that resolves them (a LibraryId "..", a token "a/../b").
     */
    static String encodeSegment(String value) {
        return encode(value, true);
    }

    private static String encode(String value, boolean dots) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c) && !(dots && c == '.')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
