package dev.parallax.follow;

import java.time.Instant;

/**
 * An item of a feed and what became of it.
 *
 * @param status PENDING (its page waits to be fetched), ADDED (it added an article), DUPLICATE (its article was there
 *               already: same address, same text, or added through another feed), REFUSED (robots.txt, a refused
 *               address, a page without an article) or FAILED (the site failed every try)
 */
public record FeedItemView(String url, String title, String status, Long articleId, String error, Instant published,
                           Instant seenAt, int attempts) {
}
