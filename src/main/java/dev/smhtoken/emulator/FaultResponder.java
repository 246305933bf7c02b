package dev.smhtoken.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Plays one {@link Fault} on an exchange. */
final class FaultResponder {
    private FaultResponder() {
    }

    /** Returns true when the fault answered the request, false when the normal answer should follow. */
    static boolean answer(Fault fault, HttpExchange exchange) throws IOException {
        if (fault instanceof Fault.Delay delay) {
            sleep(delay.delay().toMillis());
            return false;
        }
        if (fault instanceof Fault.Respond respond) {
            for (Map.Entry<String, String> header : respond.headers().entrySet()) {
                if (header.getValue().isEmpty()) {
                    exchange.getResponseHeaders().remove(header.getKey());
                } else {
                    exchange.getResponseHeaders().set(header.getKey(), header.getValue());
                }
            }
            byte[] body = respond.body();
            exchange.sendResponseHeaders(respond.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            return true;
        }
        if (fault instanceof Fault.HugeBody huge) {
            sendHuge(exchange, huge);
            return true;
        }
        if (fault instanceof Fault.ResetMidBody) {
            byte[] body = "{\"accessToken\":\"acctk0000000000000000000000000000000000000000000\",\"expiresIn\":86400}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            // Throwing out of the handler makes the JDK server drop the connection at once.
            throw new IOException("emulated connection reset");
        }
        throw new IllegalStateException("unknown fault " + fault);
    }

    private static void sendHuge(HttpExchange exchange, Fault.HugeBody huge) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, huge.chunked() ? 0 : huge.bytes());
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        chunk[0] = '"';
        try (OutputStream out = exchange.getResponseBody()) {
            int left = huge.bytes();
            while (left > 0) {
                int size = Math.min(left, chunk.length);
                out.write(chunk, 0, size);
                chunk[0] = 'a';
                left -= size;
            }
        } catch (IOException clientGaveUp) {
            // The client is expected to stop reading early; that is the point of this fault.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
