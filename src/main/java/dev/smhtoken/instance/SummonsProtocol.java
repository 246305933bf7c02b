package dev.smhtoken.instance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The whole wire format of the hand-over, one short ASCII line each way per connection:
 * {@code SMHTM/1 SHOW} or {@code SMHTM/1 FIND} from the second launch, {@code SMHTM/1 OK} (done) or
 * {@code SMHTM/1 NO} (not understood) from the running window. The version sits in every line, so
 * a later version can tell an older peer apart and an older one answers NO to what it does not
 * know; the second launch then falls back to the refusal it showed before there was a hand-over.
 */
final class SummonsProtocol {
    static final String VERSION = "SMHTM/1";
    /** Longer lines are not read further: a peer cannot make the window buffer more than this. */
    static final int MAX_LINE = 32;
    /** How long the running window waits for one request; a silent peer is dropped after it. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);
    static final String OK = VERSION + " OK";
    static final String NO = VERSION + " NO";

    private SummonsProtocol() {
    }

    static byte[] request(Summons summons) {
        return line(VERSION + " " + summons.name());
    }

    static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The summons a request line names, or empty for anything else (another version, garbage). */
    static Optional<Summons> parseRequest(String line) {
        for (Summons summons : Summons.values()) {
            if (line.equals(VERSION + " " + summons.name())) {
                return Optional.of(summons);
            }
        }
        return Optional.empty();
    }
}
