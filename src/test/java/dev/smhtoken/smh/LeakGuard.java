package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Asserts that a failure says nothing secret: not in its message, its toString, nor in any cause or
 * suppressed exception. Secret means any token of the emulator's shape, any value registered here,
 * and the request path (which carries the token).
 */
final class LeakGuard {
    static final Pattern TOKEN_SHAPE = Pattern.compile("acctk[0-9a-z]{42}");
    private final List<String> secrets = new ArrayList<>(List.of("/api/v1/token"));

    LeakGuard remember(String secret) {
        secrets.add(secret);
        secrets.add(PercentEncoding.encode(secret));
        return this;
    }

    void assertClean(Throwable failure) {
        assertCleanRecursively(failure, new IdentityHashMap<>());
    }

    void assertClean(String text) {
        if (text == null) {
            return;
        }
        assertFalse(TOKEN_SHAPE.matcher(text).find(), () -> "a token leaked into: " + text);
        for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> "a secret or the request path leaked into: " + text);
        }
    }

    private void assertCleanRecursively(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, true) != null) {
            return;
        }
        assertClean(failure.getMessage());
        assertClean(failure.getLocalizedMessage());
        assertClean(failure.toString());
        assertCleanRecursively(failure.getCause(), seen);
        for (Throwable suppressed : failure.getSuppressed()) {
            assertCleanRecursively(suppressed, seen);
        }
    }
}
