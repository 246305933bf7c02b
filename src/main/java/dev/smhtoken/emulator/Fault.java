package dev.smhtoken.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One way the emulator can misbehave for one request (or for all of them, see {@link Faults}).
 * Built with the static factories; the records are the scripted behaviours.
 *
 * <p>There is no wrong-{@code Date} fault: the JDK's server always stamps its own {@code Date}
 * header. To test clock-skew handling, give the client a shifted clock instead, which is also what
 * a user's wrong clock looks like.
 */
public sealed interface Fault {

    /** Waits, then answers the request normally (for timeouts and slow servers). */
    record Delay(Duration delay) implements Fault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * Answers with exactly this status, headers and body instead of doing the operation. A header
     * given with an empty value is left out (to drop the emulator's own {@code x-request-id}).
     */
    record Respond(int status, Map<String, String> headers, byte[] body) implements Fault {
        public Respond {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body.clone();
        }
    }

    /** Answers 200 with a body of {@code bytes} bytes; with {@code chunked} no length is announced. */
    record HugeBody(int bytes, boolean chunked) implements Fault {
    }

    /** Announces a full token answer, sends half of it, then drops the connection. */
    record ResetMidBody() implements Fault {
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault respond(int status, String contentType, String body) {
        return respond(status, contentType, body, Map.of());
    }

    static Fault respond(int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Respond(status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer 200 with this body, for malformed or wrongly typed success answers. */
    static Fault json(String body) {
        return respond(200, "application/json", body);
    }

    /** An SMH-style error body {@code {"code","message"}} with this status. */
    static Fault error(int status, String code, String message) {
        String body = "{\"code\":" + jsonString(code) + ",\"message\":" + jsonString(message) + "}";
        return respond(status, "application/json", body);
    }

    /** 429 with SMH's (assumed) code; {@code retryAfter} is the header value, or null for none. */
    static Fault rateLimited(String retryAfter) {
        Map<String, String> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter);
        return respond(429, "application/json",
                "{\"code\":\"RateLimitExceeded\",\"message\":\"too many requests\"}", headers);
    }

    /** An HTML page such as a proxy in front of the real server would send. */
    static Fault html(int status) {
        return respond(status, "text/html; charset=utf-8",
                "<html><head><title>" + status + "</title></head><body><h1>Bad Gateway</h1></body></html>");
    }

    static Fault hugeBody(int bytes) {
        return new HugeBody(bytes, false);
    }

    static Fault hugeChunkedBody(int bytes) {
        return new HugeBody(bytes, true);
    }

    static Fault redirect(String location) {
        return respond(302, null, "", Map.of("Location", location));
    }

    static Fault resetMidBody() {
        return new ResetMidBody();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
