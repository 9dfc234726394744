package dev.parallax.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on the loopback for tests: a real HTTP server (the JDK's) whose routes a test sets, answering pages,
 * feeds and robots.txt, redirects, 304s for a matching ETag, slow answers, huge bodies and gzip; it records every
 * request it receives, so that a test can tell what was never asked for.
 */
public final class LocalSite implements AutoCloseable {

    /** What a route answers. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, Duration delay,
                         long hugeBytes, boolean gzip, String etag) {

        public static Answer html(String html) {
            return new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO, 0, false, null);
        }

        public static Answer of(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO, 0, false, null);
        }

        public static Answer status(int status) {
            return new Answer(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO, 0, false, null);
        }

        public static Answer redirect(int status, String location) {
            return new Answer(status, "text/plain", new byte[0], Map.of("Location", location), Duration.ZERO, 0, false, null);
        }

        /** A body of this many bytes, streamed without end in sight. */
        public static Answer huge(String contentType, long bytes) {
            return new Answer(200, contentType, new byte[0], Map.of(), Duration.ZERO, bytes, false, null);
        }

        public Answer delayed(Duration delay) {
            return new Answer(status, contentType, body, headers, delay, hugeBytes, gzip, etag);
        }

        public Answer gzipped() {
            return new Answer(status, contentType, body, headers, delay, hugeBytes, true, etag);
        }

        /** Answers 304 to a request whose If-None-Match carries this tag. */
        public Answer withEtag(String tag) {
            return new Answer(status, contentType, body, headers, delay, hugeBytes, gzip, tag);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, Map.copyOf(more), delay, hugeBytes, gzip, etag);
        }
    }

    /** A request the site received, and when ({@link System#nanoTime()}). */
    public record Request(String path, Map<String, List<String>> headers, long receivedNanos) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Answer> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LocalSite(HttpServer server) {
        this.server = server;
    }

    public static LocalSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        LocalSite site = new LocalSite(server);
        server.createContext("/", site::handle);
        server.setExecutor(site.threads);
        server.start();
        return site;
    }

    public LocalSite route(String path, Answer answer) {
        routes.put(path, answer);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many times a path (with its query) was asked for. */
    public long hits(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    public void forgetRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
        Answer answer = routes.getOrDefault(path, routes.getOrDefault(exchange.getRequestURI().getRawPath(), Answer.status(404)));
        try (exchange) {
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            if (answer.etag() != null) {
                exchange.getResponseHeaders().add("ETag", answer.etag());
                if (answer.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (answer.hugeBytes() > 0) {
                exchange.sendResponseHeaders(answer.status(), 0); // chunked: no length announced
                byte[] chunk = "<p>more and more words to read </p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                OutputStream out = exchange.getResponseBody();
                for (long sent = 0; sent < answer.hugeBytes(); sent += chunk.length) {
                    out.write(chunk);
                }
                return;
            }
            byte[] body = answer.body();
            if (answer.gzip()) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(body);
                }
                body = zipped.toByteArray();
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            boolean empty = body.length == 0 || answer.status() == 304 || answer.status() == 204;
            exchange.sendResponseHeaders(answer.status(), empty ? -1 : body.length);
            if (!empty) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException | IOException gone) {
            // the client went away (a timeout, a body too large): nothing more to say
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
