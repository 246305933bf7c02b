package dev.smhtoken.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The yardstick for renew throughput: bare HttpClient 5 renew calls at the app's concurrency, no
 * parsing, no vault, no window. What the emulator and the loopback can do at best.
 */
final class BareHttpLoop {
    record Renewal(String libraryId, String token) {
    }

    private BareHttpLoop() {
    }

    /** Requests per second over {@code renewals}, {@code concurrency} at a time. */
    static double run(String baseUri, List<Renewal> renewals, int concurrency) throws Exception {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(concurrency).setMaxConnTotal(concurrency).build();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try (CloseableHttpClient client = HttpClients.custom().setConnectionManager(connections).build()) {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n < renewals.size(); n = next.getAndIncrement()) {
                        Renewal renewal = renewals.get(n);
                        HttpPost post = new HttpPost(baseUri + "/api/v1/token/" + segment(renewal.libraryId())
                                + "/" + segment(renewal.token()));
                        int status = client.execute(post, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " bare renew calls failed");
            }
            return renewals.size() / seconds;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
