package dev.smhtoken.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small SMH token server on 127.0.0.1 with real state, for the demo mode and for tests. It speaks
 * the four token operations with SMH's error codes, expires tokens by the {@link Clock} it is
 * given, and can be told to misbehave through {@link #faults()}.
 */
public final class SmhEmulator implements AutoCloseable {
    private static final String TOKEN_PATH = "/api/v1/token";
    private static final int THREADS = 16;

    private final TokenDesk desk;
    private final Faults faults = new Faults();
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong requestIds = new AtomicLong(1000);
    private final Map<String, AtomicInteger> renews = new ConcurrentHashMap<>();

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK (about 40 ms a request). Read once, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private SmhEmulator(Clock clock) throws IOException {
        this.desk = new TokenDesk(clock);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "smh-emulator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts on 127.0.0.1 on a free port; tokens expire by {@code clock}. */
    public static SmhEmulator start(Clock clock) {
        try {
            return new SmhEmulator(clock);
        } catch (IOException e) {
            throw new UncheckedIOException("The SMH emulator could not open a port on 127.0.0.1", e);
        }
    }

    public static SmhEmulator start() {
        return start(Clock.systemUTC());
    }

    /** {@code http://127.0.0.1:PORT}, usable as a library's host. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void addLibrary(String libraryId, String secret) {
        desk.addLibrary(libraryId, secret);
    }

    /** Puts a token into the emulator as if it had issued it earlier; returns its value. */
    public String issueToken(String libraryId, Duration period, Instant expiresAt) {
        return desk.seed(libraryId, null, period, expiresAt).value();
    }

    /** Like {@link #issueToken(String, Duration, Instant)} with a chosen value (for odd characters). */
    public String issueToken(String libraryId, String value, Duration period, Instant expiresAt) {
        return desk.seed(libraryId, value, period, expiresAt).value();
    }

    /** What the emulator holds for a token value, if it knows it. */
    public Optional<EmulatedToken> token(String value) {
        return desk.find(value);
    }

    /** Every request received, including those answered by a fault. */
    public int requestCount() {
        return requests.get();
    }

    /** Renew requests received for this token value, including those answered by a fault. */
    public int renewCount(String token) {
        AtomicInteger count = renews.get(token);
        return count == null ? 0 : count.get();
    }

    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String requestId = Long.toString(requestIds.incrementAndGet());
        exchange.getResponseHeaders().set("x-request-id", requestId);
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Route route = Route.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            if (route.isRenew()) {
                renews.computeIfAbsent(route.token(), key -> new AtomicInteger()).incrementAndGet();
            }
            Optional<Fault> fault = faults.take();
            if (fault.isPresent() && FaultResponder.answer(fault.get(), exchange)) {
                return;
            }
            answer(exchange, route, requestId);
        }
    }

    private void answer(HttpExchange exchange, Route route, String requestId) throws IOException {
        try {
            Map<String, String> query = PercentDecoding.query(exchange.getRequestURI().getRawQuery());
            switch (route.operation()) {
                case GENERATE -> sendToken(exchange, desk.generate(query));
                case RENEW -> sendToken(exchange, desk.renew(route.libraryId(), route.token()));
                case REVOKE -> {
                    desk.revoke(route.libraryId(), route.token());
                    exchange.sendResponseHeaders(204, -1);
                }
                case REVOKE_USERS -> {
                    desk.revokeForUsers(route.libraryId(), query);
                    exchange.sendResponseHeaders(204, -1);
                }
                case WRONG_METHOD -> throw new EmulatorError(405, "MethodNotAllowed", "method not allowed");
                case BAD_ENCODING -> throw new EmulatorError(400, "InvalidArgument", "malformed percent-encoding");
                default -> throw new EmulatorError(404, "ResourceNotFound", "no such resource");
            }
        } catch (EmulatorError error) {
            ObjectNode body = json.createObjectNode();
            body.put("code", error.code());
            body.put("message", error.getMessage());
            body.put("requestId", requestId);
            send(exchange, error.status(), json.writeValueAsBytes(body));
        }
    }

    private void sendToken(HttpExchange exchange, EmulatedToken token) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("accessToken", token.value());
        body.put("expiresIn", token.period().getSeconds());
        send(exchange, 200, json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Which operation a method and raw path name; path segments are percent-decoded here. */
    record Route(Operation operation, String libraryId, String token) {
        enum Operation { GENERATE, RENEW, REVOKE, REVOKE_USERS, WRONG_METHOD, BAD_ENCODING, UNKNOWN }

        boolean isRenew() {
            return operation == Operation.RENEW;
        }

        static Route of(String method, String rawPath) {
            if (rawPath.equals(TOKEN_PATH)) {
                boolean allowed = method.equals("GET") || method.equals("POST");
                return new Route(allowed ? Operation.GENERATE : Operation.WRONG_METHOD, null, null);
            }
            if (!rawPath.startsWith(TOKEN_PATH + "/")) {
                return new Route(Operation.UNKNOWN, null, null);
            }
            String[] segments = rawPath.substring(TOKEN_PATH.length() + 1).split("/", -1);
            try {
                if (segments.length == 1) {
                    String libraryId = PercentDecoding.segment(segments[0]);
                    return new Route(method.equals("DELETE") ? Operation.REVOKE_USERS : Operation.WRONG_METHOD,
                            libraryId, null);
                }
                if (segments.length == 2) {
                    String libraryId = PercentDecoding.segment(segments[0]);
                    String token = PercentDecoding.segment(segments[1]);
                    Operation operation = switch (method) {
                        case "POST" -> Operation.RENEW;
                        case "DELETE" -> Operation.REVOKE;
                        default -> Operation.WRONG_METHOD;
                    };
                    return new Route(operation, libraryId, token);
                }
            } catch (EmulatorError badEncoding) {
                return new Route(Operation.BAD_ENCODING, null, null);
            }
            return new Route(Operation.UNKNOWN, null, null);
        }
    }
}
