package dev.smhtoken.smh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scrubs the secrets of one call (the token, the library secret, the request path and query that
 * carry them) out of any text before it reaches a message, a log line or an exception cause.
 */
final class Redactor {
    private static final String MARK = "[redacted]";
    private static final int MIN_SCRUB_LENGTH = 4;
    /** The token endpoint's path and whatever follows it: the LibraryId, the token, the query. */
    private static final Pattern REQUEST_PATH = Pattern.compile("/api/v1/token\\S*");
    private final List<String> secrets;

    Redactor(List<String> secrets) {
        List<String> all = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SCRUB_LENGTH) {
                all.add(secret);
                all.add(PercentEncoding.encode(secret));
                all.add(PercentEncoding.encodeSegment(secret));
                all.add(secret.replace(' ', '+'));
            }
        }
        // Longest first, so that a secret containing another is scrubbed whole.
        all.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(all);
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MARK);
        }
        return REQUEST_PATH.matcher(result).replaceAll("/[request path]");
    }

    /**
     * A stand-in for a transport exception whose message (and its causes' messages) went through
     * {@link #scrub}; the stack trace is kept for diagnosis.
     */
    IOException safeCause(Throwable original) {
        IOException safe = new IOException(original.getClass().getName() + ": " + scrub(original.getMessage()));
        safe.setStackTrace(original.getStackTrace());
        if (original.getCause() != null && original.getCause() != original) {
            safe.initCause(safeCause(original.getCause()));
        }
        return safe;
    }
}
