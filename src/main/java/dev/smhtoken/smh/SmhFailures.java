package dev.smhtoken.smh;

import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhException.Kind;
import dev.smhtoken.token.UserText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final Duration callDeadline;
    private final int maxBodyBytes;

    SmhFailures(SmhClientSettings settings) {
        this.connectTimeout = settings.connectTimeout();
        this.responseTimeout = settings.responseTimeout();
        this.callDeadline = settings.callDeadline();
        this.maxBodyBytes = settings.maxBodyBytes();
    }

    /** An error status: with SMH's code when the body has one, otherwise from the status alone. */
    SmhException rejected(SmhRequest request, WireResponse response, AnswerParser.ErrorBody error, int attempts) {
        Redactor redactor = request.redactor();
        int status = response.status();
        if (error == null) {
            String requestId = clean(redactor, response.requestIdHeader());
            UserText message = UserText.of("error.smh.rejectedStatus", request.hostLabel(), String.valueOf(status),
                    describeBody(response.body()), ErrorAdvice.forStatus(status), details(0, requestId, attempts));
            return new SmhException(Kind.REJECTED, status, null, null, requestId, message, null);
        }
        String code = clean(redactor, error.code());
        String serverMessage = clean(redactor, error.message());
        String requestId = clean(redactor, error.requestId() != null ? error.requestId() : response.requestIdHeader());
        UserText advice = ErrorAdvice.forCode(code).orElseGet(() -> serverMessage == null || serverMessage.isBlank()
                ? UserText.of("error.smh.refused", request.operation().description())
                : UserText.of("error.smh.refusedSaying", request.operation().description(), serverMessage));
        UserText message = UserText.of("error.smh.rejectedCode", code, advice, details(status, requestId, attempts));
        return new SmhException(Kind.REJECTED, status, code, serverMessage, requestId, message, null);
    }

    /** A 3xx: not followed, because the next host would receive the token or secret. */
    SmhException redirected(SmhRequest request, WireResponse response) {
        String requestId = clean(request.redactor(), response.requestIdHeader());
        UserText message = UserText.of("error.smh.redirected", request.hostLabel(), locationHost(response.location()),
                details(response.status(), requestId, 1));
        return new SmhException(Kind.REJECTED, response.status(), null, null, requestId, message, null);
    }

    SmhException badAnswer(SmhRequest request, WireResponse response, UserText reason) {
        String requestId = clean(request.redactor(), response.requestIdHeader());
        UserText message = UserText.of("error.smh.badAnswer", request.hostLabel(), request.operation().description(),
                reason, details(response.status(), requestId, 1));
        return new SmhException(Kind.BAD_RESPONSE, response.status(), null, null, requestId, message, null);
    }

    SmhException tooLarge(SmhRequest request) {
        UserText message = UserText.of("error.smh.tooLarge", request.hostLabel(), String.valueOf(maxBodyBytes / 1024),
                request.operation().description());
        return new SmhException(Kind.BAD_RESPONSE, 0, null, null, null, message, null);
    }

    SmhException transport(SmhRequest request, IOException failure, int attempts) {
        String host = request.hostLabel();
        Kind kind = Kind.NETWORK;
        Object tries = attempts > 1 ? UserText.of("error.smh.attempts", String.valueOf(attempts)) : "";
        UserText message;
        if (failure instanceof ConnectTimeoutException) {
            kind = Kind.TIMEOUT;
            message = UserText.of("error.smh.connectTimeout", host, words(connectTimeout), tries);
        } else if (failure instanceof SocketTimeoutException) {
            kind = Kind.TIMEOUT;
            message = UserText.of("error.smh.responseTimeout", host, words(responseTimeout), tries);
        } else if (failure instanceof UnknownHostException) {
            message = UserText.of("error.smh.unknownHost", host, tries);
        } else if (failure instanceof ConnectException) {
            message = UserText.of("error.smh.connectionRefused", host, tries);
        } else if (failure instanceof SSLException) {
            // Only a certificate refused is a certificate problem: a plain-HTTP port answering an
            // HTTPS request fails the handshake too, and its remedy is another address, not the clock.
            message = UserText.of(refusedCertificate(failure) ? "error.smh.tlsFailed" : "error.smh.notHttps",
                    host, tries);
        } else {
            message = UserText.of("error.smh.connectionBroke", host, tries);
        }
        return new SmhException(kind, 0, null, null, null, message, request.redactor().safeCause(failure));
    }

    /** The call's overall deadline passed: the same sentence as a silent server, with the deadline's length. */
    SmhException deadlinePassed(SmhRequest request, int attempts) {
        Object tries = attempts > 1 ? UserText.of("error.smh.attempts", String.valueOf(attempts)) : "";
        UserText message = UserText.of("error.smh.responseTimeout", request.hostLabel(), words(callDeadline), tries);
        return new SmhException(Kind.TIMEOUT, 0, null, null, null, message, null);
    }

    /**
     * The JDK says a certificate was refused with a certificate or certification-path exception as
     * the cause, and "PKIX ..." or "... certificate ..." in the handshake failure's own words.
     */
    private static boolean refusedCertificate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof CertPathValidatorException
                    || cause instanceof CertPathBuilderException) {
                return true;
            }
        }
        String words = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(java.util.Locale.ROOT);
        return failure instanceof javax.net.ssl.SSLHandshakeException
                && (words.contains("pkix") || words.contains("certificate"));
    }

    SmhException interrupted(SmhRequest request) {
        UserText message = UserText.of("error.smh.cancelled", request.operation().description(), request.hostLabel());
        return new SmhException(Kind.NETWORK, 0, null, null, null, message, null);
    }

    static boolean isRetryable(IOException failure) {
        return !(failure instanceof SocketTimeoutException)
                && !(failure instanceof ConnectTimeoutException)
                && !(failure instanceof UnknownHostException)
                && !(failure instanceof SSLException)
                && !(failure instanceof SmhTransport.BodyTooLargeException)
                && !(failure instanceof SmhTransport.DeadlinePassedException);
    }

    /** " (HTTP 403, request abc, 3 attempts)" with the parts known, or nothing. */
    private static Object details(int status, String requestId, int attempts) {
        List<UserText> parts = new ArrayList<>();
        if (status > 0) {
            parts.add(UserText.of("error.smh.detail.status", String.valueOf(status)));
        }
        if (requestId != null && !requestId.isBlank()) {
            parts.add(UserText.of("error.smh.detail.request", requestId));
        }
        if (attempts > 1) {
            parts.add(UserText.of("error.smh.detail.attempts", String.valueOf(attempts)));
        }
        return parts.isEmpty() ? "" : UserText.of("error.smh.details", parts);
    }

    private static UserText describeBody(byte[] body) {
        if (body.length == 0) {
            return UserText.of("error.smh.body.empty");
        }
        String start = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("<")) {
            return UserText.of("error.smh.body.webPage");
        }
        return UserText.of("error.smh.body.notSmhError");
    }

    /** Where a redirect pointed: a host and port, never its path (which could carry a token). */
    private static Object locationHost(String location) {
        if (location == null || location.isBlank()) {
            return UserText.of("error.smh.target.unnamed");
        }
        try {
            URI uri = URI.create(location.strip());
            if (uri.getHost() == null) {
                return UserText.of("error.smh.target.samePath");
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException unparseable) {
            return UserText.of("error.smh.target.invalid");
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

    private static UserText words(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return UserText.of("error.smh.duration.millis", String.valueOf(millis));
        }
        return UserText.of("error.smh.duration.seconds", millis / 1000);
    }
}
