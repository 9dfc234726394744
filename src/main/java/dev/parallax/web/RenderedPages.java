package dev.parallax.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pages served near static speed. A page's strong ETag comes from its version ({@link PageVersions}) and the
 * build, before anything is rendered: a reader who has it gets 304 at once. Rendered bytes are kept, with the
 * headers they were served with, in a cache bounded by size and emptied of a page when the event that changes
 * it arrives; a kept page is written without going through the rest of the filters, the controller or Thymeleaf.
 */
@Component
class RenderedPages extends OncePerRequestFilter {

    /** Response headers that belong to one response, never to a page kept for others. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "etag", "connection", "keep-alive");

    /** A rendered page: its bytes, their type and the headers (security policy and the like) they came with. */
    private record Page(String etag, String contentType, byte[] body, List<String[]> headers, Set<String> dependsOn) {
    }

    private final PageVersions versions;
    private final String build;
    private final Cache<String, Page> pages;
    private final Counter notModified;
    private final Counter kept;
    private final Counter rendered;

    RenderedPages(PageVersions versions, ObjectProvider<BuildProperties> buildProperties, MeterRegistry meters,
                  @Value("${parallax.pages.cache-size:64MB}") DataSize cacheSize) {
        this.versions = versions;
        // A deploy changes every ETag: the same version may render differently with other templates.
        BuildProperties properties = buildProperties.getIfAvailable();
        this.build = properties == null ? "development"
                : properties.getVersion() + "@" + properties.getTime();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(cacheSize.toBytes())
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length + 256)
                .build();
        this.notModified = pageCounter(meters, "not-modified");
        this.kept = pageCounter(meters, "cached");
        this.rendered = pageCounter(meters, "rendered");
    }

    private static Counter pageCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("parallax.pages").description("Cacheable pages served, by how")
                .tag("outcome", outcome).register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = address(request);
        Optional<PageVersions.PageVersion> version;
        try {
            version = versions.of(request);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            // The database is away: a page kept from before still serves; any other is answered as an outage at
            // once, without waiting for a connection a second time ({@link DatabaseOutage#interceptor}).
            Page kept = pages.getIfPresent(address);
            if (kept != null) {
                write(kept, response);
            } else {
                request.setAttribute(DatabaseOutage.SEEN, failure);
                chain.doFilter(request, response);
            }
            return;
        }
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String etag = etag(address, version.get().value());
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            notModified.increment();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            return;
        }
        Page page = pages.getIfPresent(address);
        if (page != null && page.etag().equals(etag)) {
            kept.increment();
            write(page, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        rendered.increment();
        if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getHeader(HttpHeaders.SET_COOKIE) == null) {
            List<String[]> headers = new ArrayList<>();
            for (String name : capture.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    capture.getHeaders(name).forEach(value -> headers.add(new String[]{name, value}));
                }
            }
            capture.setHeader(HttpHeaders.ETAG, etag);
            capture.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            pages.put(address, new Page(etag, capture.getContentType(), capture.getContentAsByteArray(), headers,
                    version.get().dependsOn()));
        }
        capture.copyBodyToResponse();
    }

    /** The page's path and its parameters in a canonical order: the same page whatever order a link gives them. */
    private static String address(HttpServletRequest request) {
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        if (parameters.isEmpty()) {
            return request.getRequestURI();
        }
        StringBuilder address = new StringBuilder(request.getRequestURI()).append('?');
        parameters.forEach((name, values) -> {
            for (String value : values) {
                address.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return address.substring(0, address.length() - 1);
    }

    private static void write(Page page, HttpServletResponse response) throws IOException {
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** If-None-Match holds one ETag, several, or "*"; W/ marks are ignored, as the weak comparison asks. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private String etag(String address, String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((build + "\n" + address + "\n" + version).getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Drops the pages that depend on what changed, and every version read: they are read again. */
    void forget(Set<String> changed) {
        versions.forgetAll();
        pages.asMap().values().removeIf(page -> page.dependsOn().stream().anyMatch(changed::contains));
    }
}
