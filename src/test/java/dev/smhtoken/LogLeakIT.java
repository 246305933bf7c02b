package dev.smhtoken;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole unit and UI suite, which logged at DEBUG into one file (see
 * logback-test.xml), and checks that no token, library secret or password the tests used made it
 * into a log line.
 *
 * <p>What counts as "used": every token the SMH emulator issued (they all have the emulator's
 * shape), and every string literal that the test sources hand to a place that takes a secret.
 */
class LogLeakIT {
    private static final Path SUITE_LOG = Path.of(System.getProperty("smh.test.log",
            "target/test-logs/suite-debug.log"));
    private static final Pattern EMULATOR_TOKEN = Pattern.compile("acctk[0-9a-z]{42}");
    /** Literals passed where a token, secret or password goes. */
    private static final List<Pattern> SECRET_SINKS = List.of(
            Pattern.compile("AccessToken\\.of\\(\"([^\"]+)\""),
            Pattern.compile("LibrarySecret\\.wrap\\(\"([^\"]+)\""),
            Pattern.compile("\"([^\"]+)\"\\.toCharArray\\(\\)"),
            Pattern.compile("emulator\\.addLibrary\\(\"[^\"]*\",\\s*\"([^\"]+)\""),
            Pattern.compile("issueToken\\([^,]+,\\s*\"([^\"]+)\""),
            Pattern.compile("(?i)(?:secret|password|token)\\w*\\s*=\\s*\"([^\"]+)\""));
    private static final int SHORTEST_CANARY = 8;

    @Test
    void noSecretOfTheSuiteAppearsInItsDebugLog() throws IOException {
        assertTrue(Files.exists(SUITE_LOG), "the suite wrote no log at " + SUITE_LOG);
        String log = Files.readString(SUITE_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains(" DEBUG dev.smhtoken."), "the log holds no DEBUG line of the app: is it at DEBUG?");

        Matcher token = EMULATOR_TOKEN.matcher(log);
        if (token.find()) {
            fail("an emulator-issued token appears in the suite log near: " + context(log, token.start()));
        }
        Set<String> canaries = literalSecrets();
        assertTrue(canaries.size() >= 10, "found suspiciously few secret literals in the tests: " + canaries.size());
        for (String canary : canaries) {
            int at = log.indexOf(canary);
            if (at >= 0) {
                fail("a secret used by the tests appears in the suite log near: " + context(log, at));
            }
        }
    }

    private static Set<String> literalSecrets() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern sink : SECRET_SINKS) {
                    Matcher m = sink.matcher(code);
                    while (m.find()) {
                        String literal = m.group(1);
                        if (literal.strip().length() >= SHORTEST_CANARY) {
                            found.add(literal.strip());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Where the leak is, with the secret itself cut out of the failure message. */
    private static String context(String log, int at) {
        int lineStart = log.lastIndexOf('\n', at) + 1;
        int lineEnd = log.indexOf('\n', at);
        String line = log.substring(lineStart, lineEnd < 0 ? log.length() : lineEnd);
        return line.substring(0, Math.min(line.length(), Math.max(0, at - lineStart))) + "<secret>";
    }
}
