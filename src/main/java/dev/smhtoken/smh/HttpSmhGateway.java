package dev.smhtoken.smh;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.IssuedToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.SmhGateway;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.utils.DateUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMH token endpoint over HTTPS (Apache HttpClient 5, Jackson). Retries connection failures,
 * 5xx and 429 with exponential backoff and full jitter (or the server's Retry-After), never other
 * 4xx; follows no redirect; reads at most a capped body; ends every call, its retries included,
 * within one overall deadline. Every failure is an {@link SmhException}
 * whose message names no token, secret or URL. Thread-safe; one pooled connection manager; close it
 * on exit.
 *
 * <p>The gateway does not compute expiries: callers take the time before the call, which can only
 * make the countdown err early, even when the call needed several attempts.
 */
public final class HttpSmhGateway implements SmhGateway, AutoCloseable {
    /** A local clock further off than this from the server's is worth a warning to the user. */
    public static final Duration NOTABLE_CLOCK_SKEW = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmhGateway.class);

    private final SmhClientSettings settings;
    private final BuiltOnFirstUse<SmhTransport> transport;
    private final RetryDelays delays;
    private final SmhFailures failures;
    private final BuiltOnFirstUse<AnswerParser> parser = new BuiltOnFirstUse<>(AnswerParser::new);
    private final AtomicReference<Duration> lastClockSkew = new AtomicReference<>();

    public HttpSmhGateway(SmhClientSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.transport = new BuiltOnFirstUse<>(() -> new SmhTransport(settings));
        this.delays = new RetryDelays(settings);
        this.failures = new SmhFailures(settings);
    }

    @Override
    public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(secret, "secret");
        SmhRequest request = SmhRequest.generate(library, secret.copyChars(),
                options == null ? GenerateOptions.DEFAULTS : options);
        return issued(request, call(request));
    }

    @Override
    public IssuedToken renew(LibraryAddress library, AccessToken token) {
        SmhRequest request = SmhRequest.renew(Objects.requireNonNull(library, "library"),
                Objects.requireNonNull(token, "token"));
        return issued(request, call(request));
    }

    @Override
    public void revoke(LibraryAddress library, AccessToken token) {
        SmhRequest request = SmhRequest.revoke(Objects.requireNonNull(library, "library"),
                Objects.requireNonNull(token, "token"));
        call(request);
    }

    /**
     * How far the server's clock ({@code Date} header of the last answer) was ahead of ours; negative
     * when ours is ahead. Empty until an answer with a readable date arrived. Precise to about a second.
     */
    public Optional<Duration> lastClockSkew() {
        return Optional.ofNullable(lastClockSkew.get());
    }

    /** True when the last answer showed our clock off by more than {@link #NOTABLE_CLOCK_SKEW}. */
    public boolean clockLooksWrong() {
        return lastClockSkew().map(skew -> skew.abs().compareTo(NOTABLE_CLOCK_SKEW) > 0).orElse(false);
    }

    @Override
    public void close() {
        transport.ifBuilt(SmhTransport::close);
    }

    private IssuedToken issued(SmhRequest request, WireResponse response) {
        try {
            return parser.get().token(response.body());
        } catch (AnswerParser.BadAnswerException bad) {
            throw failures.badAnswer(request, response, bad.reason());
        }
    }

    /** Sends with retries, all within the call's deadline; returns a 2xx answer or throws. */
    private WireResponse call(SmhRequest request) {
        long deadline = System.nanoTime() + settings.callDeadline().toNanos();
        int attempt = 0;
        while (true) {
            attempt++;
            WireResponse response;
            try {
                response = transport.get().send(request, deadline);
            } catch (SmhTransport.BodyTooLargeException tooLarge) {
                throw failures.tooLarge(request);
            } catch (SmhTransport.DeadlinePassedException late) {
                LOG.info("SMH {} at {} did not answer within the call's deadline of {} ms (attempt {})",
                        request.operation(), request.hostLabel(), settings.callDeadline().toMillis(), attempt);
                throw failures.deadlinePassed(request, attempt);
            } catch (IOException failure) {
                SmhException error = failures.transport(request, failure, attempt);
                Duration wait = SmhFailures.isRetryable(failure) ? retryWait(attempt, null, deadline) : null;
                if (wait == null) {
                    LOG.info("SMH {} at {} failed on attempt {}: {}", request.operation(), request.hostLabel(),
                            attempt, failure.getClass().getSimpleName());
                    throw error;
                }
                pause(request, attempt, wait, failure.getClass().getSimpleName());
                continue;
            }
            noteClockSkew(response);
            if (response.isSuccess()) {
                LOG.debug("SMH {} at {} answered HTTP {} on attempt {}", request.operation(), request.hostLabel(),
                        response.status(), attempt);
                return response;
            }
            if (response.status() >= 300 && response.status() < 400) {
                throw failures.redirected(request, response);
            }
            SmhException rejected = failures.rejected(request, response,
                    parser.get().error(response.body()).orElse(null), attempt);
            Duration wait = response.isRetryable() ? retryWait(attempt, response, deadline) : null;
            if (wait == null) {
                LOG.info("SMH {} at {} refused: HTTP {} {} on attempt {}", request.operation(), request.hostLabel(),
                        response.status(), rejected.code(), attempt);
                throw rejected;
            }
            pause(request, attempt, wait, "HTTP " + response.status());
        }
    }

    /**
     * How long to wait before the next attempt, or null when there is none: the attempts are used up,
     * or the wait would end past the call's deadline (then the last failure is the one to report).
     */
    private Duration retryWait(int attempt, WireResponse response, long deadline) {
        if (attempt >= settings.maxAttempts()) {
            return null;
        }
        Duration wait = delays.after(attempt, response);
        return deadline - System.nanoTime() > wait.toNanos() ? wait : null;
    }

    private void pause(SmhRequest request, int attempt, Duration wait, String reason) {
        LOG.info("SMH {} at {} failed on attempt {} of {} ({}); trying again in {} ms", request.operation(),
                request.hostLabel(), attempt, settings.maxAttempts(), reason, wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(request);
        }
    }

    private void noteClockSkew(WireResponse response) {
        if (response.date() == null) {
            return;
        }
        Instant serverTime = DateUtils.parseStandardDate(response.date());
        if (serverTime != null) {
            lastClockSkew.set(Duration.between(settings.clock().instant(), serverTime));
        }
    }
}
