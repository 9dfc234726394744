package dev.parallax.ingest;

import java.net.URI;
import java.time.Instant;

/**
 * A page fetched from the web, to be ingested.
 *
 * @param requested     the address that was asked for
 * @param address       the address the page was found at, after redirects
 * @param html          the page as fetched, decoded
 * @param publishedHint when a feed said the article was published, for a page that does not say; or null
 */
public record FetchedPage(URI requested, URI address, String html, Instant publishedHint) {
}
