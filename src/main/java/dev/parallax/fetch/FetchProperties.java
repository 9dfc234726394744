package dev.parallax.fetch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How Parallax fetches from other sites.
 *
 * @param allowPrivateAddresses whether addresses on loopback, private and link-local networks may be fetched (a
 *                              portal that follows a site on its own network, and tests); refused by default
 * @param hostDelay             the least time between two requests to one host, across all nodes
 * @param maxHostDelay          the most a robots.txt {@code Crawl-delay} or a {@code Retry-After} may make Parallax
 *                              wait for one host; a site asking for more is still asked no more often than this
 * @param userAgent             the User-Agent sent; empty: {@code Parallax/<version> (+<portal address>)}
 * @param connectTimeout        how long to wait for a connection
 * @param readTimeout           how long to wait for the next bytes of an answer
 * @param timeout               how long a whole fetch (every redirect, the body) may take
 * @param maxBytes              the largest body read, after decompression
 * @param maxRedirects          how many redirects are followed
 * @param maxWait               how long a request made by a person (an address given to the API) waits for its turn
 *                              at a busy host before it is turned away
 */
@ConfigurationProperties("parallax.fetch")
public record FetchProperties(boolean allowPrivateAddresses, Duration hostDelay, Duration maxHostDelay,
                              String userAgent, Duration connectTimeout, Duration readTimeout, Duration timeout,
                              DataSize maxBytes, Integer maxRedirects, Duration maxWait) {

    public FetchProperties {
        hostDelay = hostDelay == null || hostDelay.isNegative() ? Duration.ofSeconds(5) : hostDelay;
        maxHostDelay = maxHostDelay == null ? Duration.ofMinutes(1) : maxHostDelay;
        userAgent = userAgent == null ? "" : userAgent.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(5) : maxBytes;
        maxRedirects = maxRedirects == null ? 5 : Math.max(0, maxRedirects);
        maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
    }
}
