package dev.parallax.fetch;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;

/**
 * One HTTP exchange at a time through the portal's one pooled client: no redirect followed (the caller checks each
 * hop), gzip and deflate undone, the body read up to a limit and a deadline. Proxies and other settings of the
 * machine are ignored on purpose: what is fetched, and from where, is decided here.
 */
final class HttpTransport implements AutoCloseable {

    /** One answer: its status, the headers Parallax uses, and its body (empty for redirects and 304). */
    record Answer(int status, String location, String contentType, String etag, String lastModified,
                  String retryAfter, byte[] body, boolean truncated) {
    }

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;
    private final long maxBytes;

    HttpTransport(FetchProperties properties, AddressPolicy policy, String userAgent) {
        this.maxBytes = properties.maxBytes().toBytes();
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(policy.resolver())
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(2)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .setTimeToLive(Timeout.ofMinutes(2))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(properties.timeout()))
                        .build())
                .build();
    }

    /**
     * Asks for one address; the body is read only for a 2xx answer, and only until {@code deadline}
     * ({@link System#nanoTime()}): past it, {@link java.net.SocketTimeoutException}.
     */
    Answer get(URI address, String accept, String etag, String lastModified, long deadline) throws IOException {
        HttpGet get = new HttpGet(address);
        get.setHeader(HttpHeaders.ACCEPT, accept);
        get.setHeader(HttpHeaders.ACCEPT_LANGUAGE, "en;q=1.0, *;q=0.5");
        if (etag != null) {
            get.setHeader(HttpHeaders.IF_NONE_MATCH, etag);
        }
        if (lastModified != null) {
            get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
        ClassicHttpResponse response = client.executeOpen(null, get, null);
        boolean drained = false;
        try {
            int status = response.getCode();
            byte[] body = new byte[0];
            boolean truncated = false;
            HttpEntity entity = response.getEntity();
            if (status >= 200 && status < 300 && entity != null) {
                ByteArrayOutputStream read = new ByteArrayOutputStream();
                truncated = readAtMost(entity.getContent(), read, deadline);
                drained = !truncated;
                body = read.toByteArray();
            } else {
                drained = entity == null;
            }
            return new Answer(status, header(response, HttpHeaders.LOCATION), header(response, HttpHeaders.CONTENT_TYPE),
                    header(response, HttpHeaders.ETAG), header(response, HttpHeaders.LAST_MODIFIED),
                    header(response, HttpHeaders.RETRY_AFTER), body, truncated);
        } finally {
            // What was not read is not wanted: the connection is dropped rather than drained. A body read to its end
            // leaves the connection to the pool.
            try {
                if (!drained) {
                    get.cancel();
                }
                response.close();
            } catch (IOException | RuntimeException closing) {
                // nothing to keep
            }
        }
    }

    /** Copies until the end, the limit (true: more was there) or the deadline (a timeout). */
    private boolean readAtMost(InputStream in, ByteArrayOutputStream out, long deadline) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (System.nanoTime() > deadline) {
                throw new java.net.SocketTimeoutException("The answer took longer than allowed");
            }
            int keep = (int) Math.min(read, maxBytes - total);
            out.write(buffer, 0, keep);
            total += keep;
            if (keep < read) {
                return true;
            }
        }
        return false;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    long maxBytes() {
        return maxBytes;
    }

    static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        connections.close(CloseMode.GRACEFUL);
    }
}
