package dev.smhtoken.smh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled Apache HttpClient, set up for the token endpoint: no redirects, no automatic retries
 * (the gateway decides), no cookies, default TLS verification, answers read with a size cap.
 */
final class SmhTransport implements AutoCloseable {
    /** The answer was larger than allowed; nothing of it is used. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("response body over the size limit");
        }
    }

    /** The call's deadline passed while this attempt was under way (or before it began); it was cut off. */
    static final class DeadlinePassedException extends IOException {
        DeadlinePassedException() {
            super("the call's deadline passed");
        }
    }

    private final CloseableHttpClient client;
    private final int maxBodyBytes;
    /**
     * Cuts off an exchange at its call's deadline. The socket timeout only bounds the gap between two
     * bytes, so a server that trickles its headers or body a byte at a time would hold a call forever.
     */
    private final ScheduledThreadPoolExecutor deadlines;

    SmhTransport(SmhClientSettings settings) {
        this.maxBodyBytes = settings.maxBodyBytes();
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "smh-call-deadline");
            thread.setDaemon(true);
            return thread;
        });
        // A call that ends in time takes its cut-off out of the queue at once.
        deadlines.setRemoveOnCancelPolicy(true);
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                // A pooled connection the server closed while idle is checked before reuse.
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(16)
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .setUserAgent("SMH-Token-Manager")
                .build();
    }

    /** @param deadlineNanos when (in {@link System#nanoTime()}) the call must be over, answer read */
    WireResponse send(SmhRequest request, long deadlineNanos) throws IOException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new DeadlinePassedException();
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        http.setHeader("Accept", "application/json");
        AtomicBoolean cutOff = new AtomicBoolean();
        ScheduledFuture<?> watchdog = deadlines.schedule(() -> {
            cutOff.set(true);
            // Closes the connection: whatever the exchange blocks in (connect, TLS, headers, body) fails.
            http.cancel();
        }, left, TimeUnit.NANOSECONDS);
        try {
            return client.execute(http, response -> read(http, response));
        } catch (IOException failure) {
            if (cutOff.get()) {
                throw new DeadlinePassedException();
            }
            throw failure;
        } finally {
            watchdog.cancel(false);
        }
    }

    private WireResponse read(HttpUriRequestBase http, ClassicHttpResponse response) throws IOException {
        // An error page (a proxy's 502, say) is only read for its code: cut it short instead of failing,
        // so that its status still decides about a retry. A success body must be whole to be used.
        boolean success = response.getCode() >= 200 && response.getCode() < 300;
        byte[] body = readCapped(http, response.getEntity(), !success);
        String requestId = firstValue(response, "x-request-id");
        if (requestId == null) {
            requestId = firstValue(response, "x-smh-request-id");
        }
        return new WireResponse(response.getCode(), body, requestId, firstValue(response, "Retry-After"),
                firstValue(response, "Location"), firstValue(response, "Date"));
    }

    private byte[] readCapped(HttpUriRequestBase http, HttpEntity entity, boolean truncate) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > maxBodyBytes && !truncate) {
            throw tooLarge(http);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = entity.getContent()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (out.size() + read > maxBodyBytes) {
                    if (!truncate) {
                        throw tooLarge(http);
                    }
                    out.write(buffer, 0, maxBodyBytes - out.size());
                    http.cancel();
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    /** Drops the connection instead of draining a huge body to reuse it. */
    private static BodyTooLargeException tooLarge(HttpUriRequestBase http) {
        http.cancel();
        return new BodyTooLargeException();
    }

    private static String firstValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.GRACEFUL);
    }
}
