package dev.parallax.fetch;

import dev.parallax.fetch.FetchException.Failure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches pages and feeds politely and safely, for every feature that reads the web: the address is checked (http or
 * https, no private network unless allowed), the site's robots.txt is obeyed, requests to one host are spaced by
 * {@code parallax.fetch.host-delay} (or the site's Crawl-delay) across all nodes, redirects are followed a few times
 * with every hop checked the same way, and the answer is bounded in size and time.
 */
@Component
public class WebFetcher implements DisposableBean {

    /** What is asked for: a page (HTML) or a feed (RSS, Atom). */
    public enum Kind {
        PAGE("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"),
        FEED("application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1");

        private final String accept;

        Kind(String accept) {
            this.accept = accept;
        }
    }

    /**
     * One fetch: the address, what it should be, the validators of the last answer for a conditional request, and
     * how long to wait for the host's turn (zero for background work, which comes back later instead).
     */
    public record Request(URI address, Kind kind, String etag, String lastModified, Duration maxWait,
                          java.util.function.Predicate<URI> known) {

        public static Request page(URI address, Duration maxWait) {
            return new Request(address, Kind.PAGE, null, null, maxWait, target -> false);
        }

        public static Request feed(URI address, String etag, String lastModified, Duration maxWait) {
            return new Request(address, Kind.FEED, etag, lastModified, maxWait, target -> false);
        }

        /**
         * The same request, stopping before a redirect to an address the caller already has: the answer is then
         * {@link Fetched#redirectedToKnown()}, and that address is not requested.
         */
        public Request stoppingAt(java.util.function.Predicate<URI> knownAddress) {
            return new Request(address, kind, etag, lastModified, maxWait, knownAddress);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WebFetcher.class);
    private static final Object[] ROBOTS_LOCKS = java.util.stream.Stream.generate(Object::new).limit(64).toArray();
    private static final String PRODUCT = "Parallax";

    private final FetchProperties properties;
    private final AddressPolicy policy;
    private final HostTurns turns;
    private final RobotsRules robots;
    private final HttpTransport transport;
    private final MeterRegistry meters;
    private final String userAgent;

    @Autowired
    WebFetcher(FetchProperties properties, HostTurns turns, MeterRegistry meters,
               ObjectProvider<BuildProperties> build, @Value("${parallax.public-url:}") String publicUrl,
               @Value("${server.port:8080}") String port) {
        this(properties, turns, meters, new AddressPolicy(properties.allowPrivateAddresses()),
                properties.userAgent().isEmpty() ? defaultUserAgent(build.getIfAvailable(), publicUrl, port)
                        : properties.userAgent());
    }

    /** A fetcher of its own, with its own connections and robots.txt memory: for tests and tools. */
    WebFetcher(FetchProperties properties, HostTurns turns, MeterRegistry meters, AddressPolicy policy, String userAgent) {
        this.properties = properties;
        this.turns = turns;
        this.meters = meters;
        this.policy = policy;
        this.robots = new RobotsRules(PRODUCT);
        this.userAgent = userAgent;
        this.transport = new HttpTransport(properties, policy, userAgent);
    }

    /** {@code Parallax/<version> (+<the portal's address>)}: who is asking, and where to find out more. */
    static String defaultUserAgent(BuildProperties build, String publicUrl, String port) {
        String version = build == null || build.getVersion() == null ? "dev" : build.getVersion();
        String address = publicUrl;
        if (address == null || address.isBlank()) {
            String host;
            try {
                host = InetAddress.getLocalHost().getCanonicalHostName();
            } catch (IOException unknown) {
                host = "localhost";
            }
            address = "http://" + host + ("80".equals(port) ? "" : ":" + port) + "/";
        }
        return "%s/%s (+%s; news comparison portal)".formatted(PRODUCT, version, address.strip());
    }

    public String userAgent() {
        return userAgent;
    }

    /** Reads an address a person typed: trimmed, absolute, http or https, not on a private network unless allowed. */
    public URI checkAddress(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new FetchException(Failure.ADDRESS_REFUSED, null, "Give the address of a page, starting with https://.");
        }
        URI address;
        try {
            address = new URI(text).normalize();
        } catch (URISyntaxException malformed) {
            throw new FetchException(Failure.ADDRESS_REFUSED, null,
                    "“%s” is not a web address.".formatted(AddressPolicy.abbreviate(text)));
        }
        if (!address.isAbsolute()) {
            throw new FetchException(Failure.ADDRESS_REFUSED, null,
                    "“%s” is not a full address; give it with https:// in front.".formatted(AddressPolicy.abbreviate(text)));
        }
        return policy.check(address);
    }

    /**
     * Fetches an address; throws {@link FetchException} with a sentence a person can act on when it cannot. A
     * conditional request whose resource has not changed answers {@link Fetched#notModified()}.
     */
    public Fetched fetch(Request request) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            Fetched fetched = follow(request);
            outcome = fetched.notModified() ? "not-modified" : "ok";
            return fetched;
        } catch (FetchException failed) {
            outcome = failed.failure().name().toLowerCase(Locale.ROOT).replace('_', '-');
            throw failed;
        } finally {
            sample.stop(meters.timer("parallax.fetch", "kind", request.kind().name().toLowerCase(Locale.ROOT),
                    "outcome", outcome));
        }
    }

    private Fetched follow(Request request) {
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        URI address = policy.check(request.address());
        List<URI> redirects = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            RobotsRules.Rules rules = robotsFor(address, request.maxWait(), deadline);
            if (!rules.allows(address)) {
                throw rules.unreachable()
                        ? new FetchException(Failure.SITE_UNAVAILABLE, address, ("The rules for robots of %s could not be read (%s); "
                        + "Parallax fetches nothing from a site whose rules it cannot read. It will try again later.")
                        .formatted(address.getHost(), rules.reason()), Duration.ofMinutes(5), null)
                        : new FetchException(Failure.DISALLOWED, address,
                        "The site's robots.txt asks robots not to fetch %s, so Parallax does not."
                                .formatted(AddressPolicy.abbreviate(address.toString())));
            }
            takeTurn(address, spacing(rules), request.maxWait());
            HttpTransport.Answer answer = exchange(address, request.kind().accept,
                    hop == 0 ? request.etag() : null, hop == 0 ? request.lastModified() : null, deadline);
            int status = answer.status();
            if (isRedirect(status) && answer.location() != null) {
                if (hop >= properties.maxRedirects()) {
                    throw new FetchException(Failure.SITE_ERROR, request.address(),
                            "The address redirects more than %d times; give the page's final address."
                                    .formatted(properties.maxRedirects()));
                }
                URI next = redirectTarget(address, answer.location());
                address = policy.check(next);
                redirects.add(address);
                if (request.known().test(address)) {
                    return new Fetched(request.address(), address, List.copyOf(redirects), status, null, null, null, new byte[0]);
                }
                continue;
            }
            return answered(request, address, redirects, answer);
        }
    }

    private Fetched answered(Request request, URI address, List<URI> redirects, HttpTransport.Answer answer) {
        int status = answer.status();
        if (status == 304 && (request.etag() != null || request.lastModified() != null)) {
            return new Fetched(request.address(), address, List.copyOf(redirects), 304, answer.contentType(),
                    answer.etag(), answer.lastModified(), new byte[0]);
        }
        if (status == 429 || status == 503 || status == 408 || status >= 500) {
            Duration retryAfter = retryAfter(answer.retryAfter());
            if (retryAfter != null) {
                turns.holdOff(host(address), min(retryAfter, properties.maxHostDelay()));
            }
            throw new FetchException(Failure.SITE_UNAVAILABLE, address,
                    "%s answered %d (%s)%s.".formatted(address.getHost(), status, reason(status),
                            retryAfter == null ? "" : "; it asks to be left alone for " + human(retryAfter)),
                    retryAfter, null);
        }
        if (status < 200 || status >= 300) {
            throw new FetchException(Failure.SITE_ERROR, address,
                    "%s answered %d (%s) for %s.".formatted(address.getHost(), status, reason(status),
                            AddressPolicy.abbreviate(address.toString())));
        }
        if (answer.truncated()) {
            throw new FetchException(Failure.UNUSABLE, address, "The answer from %s is larger than %s, the most Parallax reads."
                    .formatted(address.getHost(), humanSize(properties.maxBytes().toBytes())));
        }
        Fetched fetched = new Fetched(request.address(), address, List.copyOf(redirects), status, answer.contentType(),
                answer.etag(), answer.lastModified(), answer.body());
        requireKind(request.kind(), fetched);
        return fetched;
    }

    private static void requireKind(Kind kind, Fetched fetched) {
        String type = fetched.mediaType();
        boolean fits = type.isEmpty() || switch (kind) {
            case PAGE -> type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/plain");
            case FEED -> type.contains("xml") || type.contains("rss") || type.contains("atom") || type.equals("text/plain")
                    || type.equals("text/html"); // some sites serve feeds as HTML; the feed reader decides
        };
        if (!fits) {
            throw new FetchException(Failure.UNUSABLE, fetched.finalAddress(), "%s is %s, not %s."
                    .formatted(AddressPolicy.abbreviate(fetched.finalAddress().toString()), type,
                            kind == Kind.PAGE ? "a web page" : "a feed"));
        }
    }

    /** The rules of the address's site: remembered, or asked for now (that request takes a turn at the host too). */
    private RobotsRules.Rules robotsFor(URI address, Duration maxWait, long deadline) {
        RobotsRules.Rules known = robots.cached(address);
        if (known != null) {
            return known;
        }
        // One thread of this node reads a site's robots.txt; the others wait for its rules.
        synchronized (ROBOTS_LOCKS[Math.floorMod(RobotsRules.site(address).hashCode(), ROBOTS_LOCKS.length)]) {
            known = robots.cached(address);
            return known != null ? known : readRobots(address, maxWait, deadline);
        }
    }

    private RobotsRules.Rules readRobots(URI address, Duration maxWait, long deadline) {
        URI location = RobotsRules.robotsAddress(address);
        for (int hop = 0; hop <= 5; hop++) {
            takeTurn(location, properties.hostDelay(), maxWait);
            HttpTransport.Answer answer;
            try {
                answer = exchange(location, "text/plain,*/*;q=0.5", null, null, deadline);
            } catch (FetchException failed) {
                if (failed.failure() == Failure.ADDRESS_REFUSED) {
                    return robots.allowAll(RobotsRules.robotsAddress(address)); // the page itself is checked anew
                }
                return robots.unreachable(RobotsRules.robotsAddress(address), failed.getMessage());
            }
            int status = answer.status();
            if (isRedirect(status) && answer.location() != null) {
                URI next = redirectTarget(location, answer.location());
                try {
                    location = policy.check(next);
                } catch (FetchException refused) {
                    return robots.allowAll(RobotsRules.robotsAddress(address));
                }
                continue;
            }
            if (status >= 200 && status < 300) {
                return robots.parsed(RobotsRules.robotsAddress(address), answer.body(), answer.contentType());
            }
            if (status == 429 || status >= 500) {
                return robots.unreachable(RobotsRules.robotsAddress(address), "it answered " + status);
            }
            return robots.allowAll(RobotsRules.robotsAddress(address)); // 4xx: no rules, so no restriction
        }
        return robots.allowAll(RobotsRules.robotsAddress(address)); // more than five redirects: unavailable
    }

    private Duration spacing(RobotsRules.Rules rules) {
        Duration asked = min(rules.crawlDelay(), properties.maxHostDelay());
        return asked.compareTo(properties.hostDelay()) > 0 ? asked : properties.hostDelay();
    }

    private void takeTurn(URI address, Duration spacing, Duration maxWait) {
        Optional<Duration> wait;
        try {
            wait = turns.take(host(address), spacing, maxWait);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            throw new FetchException(Failure.BUSY, address, "The fetch was stopped.", Duration.ZERO, stop);
        }
        if (wait.isPresent()) {
            throw new FetchException(Failure.BUSY, address, ("Parallax asks %s for one page every %s at most, and its turn "
                    + "comes in %s; try again then.").formatted(address.getHost(), human(spacing), human(wait.get())),
                    wait.get(), null);
        }
    }

    private HttpTransport.Answer exchange(URI address, String accept, String etag, String lastModified, long deadline) {
        if (System.nanoTime() > deadline) {
            throw timeout(address, null);
        }
        try {
            return transport.get(address, accept, etag, lastModified, deadline);
        } catch (AddressPolicy.RefusedHost refused) {
            throw new FetchException(Failure.ADDRESS_REFUSED, address, refused.getMessage());
        } catch (InterruptedIOException slow) { // read and connect timeouts
            throw timeout(address, slow);
        } catch (UnknownHostException unknown) {
            throw new FetchException(Failure.UNREACHABLE, address,
                    "The host %s could not be found.".formatted(address.getHost()), null, unknown);
        } catch (ConnectException refused) {
            throw new FetchException(Failure.UNREACHABLE, address,
                    "%s refused the connection.".formatted(address.getHost()), null, refused);
        } catch (SSLException tls) {
            throw new FetchException(Failure.UNREACHABLE, address,
                    "The secure connection to %s failed: %s".formatted(address.getHost(), tls.getMessage()), null, tls);
        } catch (IOException | RuntimeException broken) {
            log.debug("Fetching {} failed", address, broken);
            throw new FetchException(Failure.UNREACHABLE, address, "The connection to %s broke off: %s"
                    .formatted(address.getHost(), broken.getMessage() == null ? broken.getClass().getSimpleName()
                            : broken.getMessage()), null, broken);
        }
    }

    private FetchException timeout(URI address, Throwable cause) {
        return new FetchException(Failure.TIMEOUT, address, "%s did not answer within %s."
                .formatted(address.getHost(), human(properties.timeout().compareTo(properties.readTimeout()) < 0
                        ? properties.timeout() : properties.readTimeout())), null, cause);
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            String target = from.resolve(new URI(location.strip().replace(" ", "%20"))).normalize().toString();
            int fragment = target.indexOf('#'); // fragments never go over the wire
            return new URI(fragment < 0 ? target : target.substring(0, fragment));
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            throw new FetchException(Failure.SITE_ERROR, from,
                    "%s redirects to “%s”, which is not an address.".formatted(from.getHost(), AddressPolicy.abbreviate(location)));
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String host(URI address) {
        return address.getHost().toLowerCase(Locale.ROOT);
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 120 ? minutes + " minutes" : (minutes + 59) / 60 + " hours";
    }

    static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MiB".formatted(bytes / (1024.0 * 1024)) : "%.0f KiB".formatted(bytes / 1024.0);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401, 403 -> "access denied";
            case 404 -> "not found";
            case 408 -> "request timeout";
            case 410 -> "gone";
            case 429 -> "too many requests";
            case 500 -> "server error";
            case 502 -> "bad gateway";
            case 503 -> "unavailable";
            case 504 -> "gateway timeout";
            default -> status >= 500 ? "server error" : "error";
        };
    }

    /** For tests: robots.txt files are asked for again. */
    void forgetRobots() {
        robots.forget();
    }

    @Override
    public void destroy() {
        transport.close();
    }
}
