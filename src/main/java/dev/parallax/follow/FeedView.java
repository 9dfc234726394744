package dev.parallax.follow;

import java.time.Instant;

/**
 * A followed feed as the API and the admin's page show it.
 *
 * @param status          NEW (never polled), OK, NOT_MODIFIED (the last poll's answer was 304) or FAILING
 * @param nextFetchAt     when it is polled next; null while it is paused after too many failures
 * @param itemsSeen       the items the feed has listed
 * @param articlesAdded   the articles its items added (an item already stored through another feed is not counted)
 * @param pending         its items whose page waits to be fetched
 * @param failures        consecutive failed polls
 * @param intervalSeconds its current polling interval
 */
public record FeedView(long id, String url, String title, String status, Instant lastFetchedAt, Instant nextFetchAt,
                       String lastError, long itemsSeen, long articlesAdded, long pending, int failures,
                       long intervalSeconds, Instant lastChangedAt, boolean paused) {
}
