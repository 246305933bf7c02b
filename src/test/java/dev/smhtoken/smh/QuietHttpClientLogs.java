package dev.smhtoken.smh;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Apache HttpClient's DEBUG logging (which prints request lines, so URLs with tokens and
 * secrets, and whole bodies) off during these tests, as the app's logging configuration must.
 */
final class QuietHttpClientLogs {
    private QuietHttpClientLogs() {
    }

    static void apply() {
        ((Logger) LoggerFactory.getLogger("org.apache.hc")).setLevel(Level.INFO);
    }
}
