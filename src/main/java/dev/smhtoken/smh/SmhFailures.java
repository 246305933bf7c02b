package dev.smhtoken.smh;

import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Turns every way a call can fail into an {@link SmhException} whose message is one sentence:
 * the SMH code (or what happened) first, then what to do. Texts from the server and from the
 * network stack go through the call's {@link Redactor}; the request URL is never used.
 */
final class SmhFailures {
    private static final int MAX_SERVER_TEXT = 200;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final int maxBodyBytes;

    SmhFailures(SmhClientSettings settings) {
        this.connectTimeout = settings.connectTimeout();
        this.responseTimeout = settings.responseTimeout();
        this.maxBodyBytes = settings.maxBodyBytes();
    }

    /** An error status: with SMH's code when the body has one, otherwise from the status alone. */
    SmhException rejected(SmhRequest request, WireResponse response, AnswerParser.ErrorBody error, int attempts) {
        Redactor redactor = request.redactor();
        int status = response.status();
        if (error == null) {
            String requestId = clean(redactor, response.requestIdHeader());
            String message = "SMH at " + request.hostLabel() + " answered HTTP " + status + " with "
                    + describeBody(response.body()) + "; " + ErrorAdvice.forStatus(status)
                    + details(0, requestId, attempts);
            return new SmhException(Kind.REJECTED, status, null, null, requestId, message, null);
        }
        String code = clean(redactor, error.code());
        String serverMessage = clean(redactor, error.message());
        String requestId = clean(redactor, error.requestId() != null ? error.requestId() : response.requestIdHeader());
        String advice = ErrorAdvice.forCode(code).orElseGet(() -> "SMH refused to " + request.operation().description()
                + (serverMessage == null || serverMessage.isBlank() ? "" : ": \"" + serverMessage + "\"")
                + "; check the library's settings, or try again later");
        String message = code + ": " + advice + details(status, requestId, attempts);
        return new SmhException(Kind.REJECTED, status, code, serverMessage, requestId, message, null);
    }

    /** A 3xx: not followed, because the next host would receive the token or secret. */
    SmhException redirected(SmhRequest request, WireResponse response) {
        String target = locationHost(response.location());
        String requestId = clean(request.redactor(), response.requestIdHeader());
        String message = "SMH at " + request.hostLabel() + " redirected the request to " + target
                + ", which this app does not follow so that no token or secret leaves for another server;"
                + " check the library's host setting" + details(response.status(), requestId, 1);
        return new SmhException(Kind.REJECTED, response.status(), null, null, requestId, message, null);
    }

    SmhException badAnswer(SmhRequest request, WireResponse response, String reason) {
        String requestId = clean(request.redactor(), response.requestIdHeader());
        String message = "SMH at " + request.hostLabel() + " answered the request to "
                + request.operation().description() + " with " + reason
                + "; check that the library's host is an SMH server and try again"
                + details(response.status(), requestId, 1);
        return new SmhException(Kind.BAD_RESPONSE, response.status(), null, null, requestId, message, null);
    }

    SmhException tooLarge(SmhRequest request) {
        String message = "The server at " + request.hostLabel() + " sent an unexpectedly large answer (over "
                + maxBodyBytes / 1024 + " KiB) to the request to " + request.operation().description()
                + "; check that the library's host is an SMH server";
        return new SmhException(Kind.BAD_RESPONSE, 0, null, null, null, message, null);
    }

    SmhException transport(SmhRequest request, IOException failure, int attempts) {
        String host = request.hostLabel();
        Kind kind = Kind.NETWORK;
        String message;
        if (failure instanceof ConnectTimeoutException) {
            kind = Kind.TIMEOUT;
            message = "SMH at " + host + " did not accept a connection within " + words(connectTimeout)
                    + "; check your network connection and the library's host, then try again";
        } else if (failure instanceof SocketTimeoutException) {
            kind = Kind.TIMEOUT;
            message = "SMH at " + host + " did not answer within " + words(responseTimeout)
                    + "; try again later";
        } else if (failure instanceof UnknownHostException) {
            message = "The SMH host " + host + " could not be found; check the library's host setting"
                    + " and your network connection";
        } else if (failure instanceof ConnectException) {
            message = "Could not connect to SMH at " + host + " (the connection was refused);"
                    + " check the library's host setting and your network connection, then try again";
        } else if (failure instanceof SSLException) {
            message = "The secure connection to SMH at " + host + " failed (its certificate was not accepted);"
                    + " check the library's host, your system clock and any proxy, then try again";
        } else {
            message = "The connection to SMH at " + host + " broke before the answer was complete;"
                    + " check your network connection and try again";
        }
        if (attempts > 1) {
            message += " (" + attempts + " attempts)";
        }
        return new SmhException(kind, 0, null, null, null, message, request.redactor().safeCause(failure));
    }

    SmhException interrupted(SmhRequest request) {
        String message = "The request to " + request.operation().description() + " at " + request.hostLabel()
                + " was cancelled before it finished; try again";
        return new SmhException(Kind.NETWORK, 0, null, null, null, message, null);
    }

    static boolean isRetryable(IOException failure) {
        return !(failure instanceof SocketTimeoutException)
                && !(failure instanceof ConnectTimeoutException)
                && !(failure instanceof UnknownHostException)
                && !(failure instanceof SSLException)
                && !(failure instanceof SmhTransport.BodyTooLargeException);
    }

    private static String details(int status, String requestId, int attempts) {
        StringBuilder text = new StringBuilder();
        if (status > 0) {
            text.append("HTTP ").append(status);
        }
        if (requestId != null && !requestId.isBlank()) {
            text.append(text.length() > 0 ? ", " : "").append("request ").append(requestId);
        }
        if (attempts > 1) {
            text.append(text.length() > 0 ? ", " : "").append(attempts).append(" attempts");
        }
        return text.length() == 0 ? "" : " (" + text + ")";
    }

    private static String describeBody(byte[] body) {
        if (body.length == 0) {
            return "an empty answer";
        }
        String start = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("<")) {
            return "a web page instead of an SMH error (perhaps from a proxy)";
        }
        return "an answer that is not an SMH error";
    }

    private static String locationHost(String location) {
        if (location == null || location.isBlank()) {
            return "an unnamed address";
        }
        try {
            URI uri = URI.create(location.strip());
            if (uri.getHost() == null) {
                return "another path on the same server";
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException unparseable) {
            return "an address that is not valid";
        }
    }

    /** Server-provided text, secrets scrubbed, control characters dropped, length capped. */
    private static String clean(Redactor redactor, String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = redactor.scrub(text).replaceAll("\\p{Cntrl}", " ").strip();
        return scrubbed.length() > MAX_SERVER_TEXT ? scrubbed.substring(0, MAX_SERVER_TEXT) + "…" : scrubbed;
    }

    private static String words(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
