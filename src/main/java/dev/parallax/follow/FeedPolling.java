package dev.parallax.follow;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleSummary;
import dev.parallax.fetch.FetchException;
import dev.parallax.fetch.FetchException.Failure;
import dev.parallax.fetch.Fetched;
import dev.parallax.fetch.WebAddress;
import dev.parallax.fetch.WebFetcher;
import dev.parallax.follow.FeedStore.ClaimedFeed;
import dev.parallax.follow.FeedStore.ClaimedPage;
import dev.parallax.follow.FeedStore.NewItem;
import dev.parallax.ingest.AddressIngestion;
import dev.parallax.ingest.IngestionOutcome;
import dev.parallax.ingest.IngestionRefusedException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work on one feed or one page, as a node does it once it holds the lease: a poll reads the feed (a conditional
 * request: a 304 costs nothing), keeps the items that are new and recent enough, and schedules the next poll; a page
 * is fetched and ingested once, however many feeds list it. Nothing here retries in a loop: a failure is recorded with
 * when to try again, a few times at most for a page, with growing pauses for a feed.
 */
@Component
class FeedPolling {

    private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

    private final FeedStore store;
    private final WebFetcher fetcher;
    private final AddressIngestion addresses;
    private final ArticleCatalog catalog;
    private final FollowProperties properties;
    private final PollSchedule schedule;
    private final FeedReader reader = new FeedReader();
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    FeedPolling(FeedStore store, WebFetcher fetcher, AddressIngestion addresses, ArticleCatalog catalog,
                FollowProperties properties, MeterRegistry meters) {
        this.store = store;
        this.fetcher = fetcher;
        this.addresses = addresses;
        this.catalog = catalog;
        this.properties = properties;
        this.schedule = PollSchedule.of(properties);
        this.meters = meters;
    }

    void poll(ClaimedFeed feed, String node) {
        Fetched fetched;
        try {
            fetched = fetcher.fetch(WebFetcher.Request.feed(feed.url(), feed.etag(), feed.lastModified(), Duration.ZERO));
        } catch (FetchException failed) {
            if (failed.failure() == Failure.BUSY) {
                store.releaseFeed(feed, node, failed.retryAfter() == null ? Duration.ofSeconds(1) : failed.retryAfter());
                return;
            }
            failed(feed, node, failed.getMessage(), failed.retryAfter());
            return;
        } catch (RuntimeException broken) {
            failed(feed, node, "The feed could not be fetched: " + broken.getMessage(), null);
            return;
        }
        if (fetched.notModified()) {
            Duration next = schedule.afterNoChange(feed.interval());
            store.completePoll(feed, node, "NOT_MODIFIED", null, null, null, List.of(), next, next)
                    .ifPresent(added -> count("not-modified"));
            return;
        }
        FeedReader.ReadFeed read;
        try {
            read = reader.read(fetched.body(), fetched.finalAddress());
        } catch (FeedReader.NotAFeed notAFeed) {
            failed(feed, node, notAFeed.getMessage(), null);
            return;
        }
        List<NewItem> items = recent(read.items());
        // An item whose address already leads to a stored article is a duplicate at once, never fetched.
        Map<String, ArticleSummary> known = catalog.atAddresses(items.stream().map(NewItem::pageUrl).toList());
        items = items.stream().map(item -> known.containsKey(item.pageUrl())
                ? new NewItem(item.pageUrl(), item.host(), item.title(), item.published(), known.get(item.pageUrl()).id())
                : item).toList();
        var added = store.completePoll(feed, node, "OK", read.title(), fetched.etag(), fetched.lastModified(), items,
                schedule.afterChange(feed.interval()), schedule.afterNoChange(feed.interval()));
        if (added.isEmpty()) {
            log.info("Lost the lease on feed {} while polling it; another node polls it", feed.url());
            return;
        }
        count("ok");
    }

    /** The feed's items worth fetching: recent enough, one each, the newest first, as many as a poll takes. */
    private List<NewItem> recent(List<FeedReader.Item> items) {
        Instant oldest = clock.instant().minus(properties.maxItemAge());
        Map<String, NewItem> byPage = new LinkedHashMap<>();
        items.stream()
                .filter(item -> item.published() == null || !item.published().isBefore(oldest))
                .sorted(Comparator.comparing(FeedReader.Item::published, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(item -> {
                    String key = WebAddress.key(item.link());
                    if (key != null && !byPage.containsKey(key)) {
                        byPage.put(key, new NewItem(key, item.link().getHost().toLowerCase(Locale.ROOT), item.title(),
                                item.published(), null));
                    }
                });
        return new ArrayList<>(byPage.values()).subList(0, Math.min(byPage.size(), properties.maxItemsPerPoll()));
    }

    private void failed(ClaimedFeed feed, String node, String error, Duration retryAfter) {
        int failures = feed.failures() + 1;
        Duration wait = failures >= properties.maxFailures() ? null
                : PollSchedule.jittered(schedule.afterFailure(feed.interval(), failures, retryAfter));
        String message = wait == null ? error + " Paused after %d failed polls; poll it to try again.".formatted(failures) : error;
        if (store.failPoll(feed, node, message, wait)) {
            count("failed");
            log.info("Polling feed {} failed ({} in a row): {}", feed.url(), failures, error);
        }
    }

    /** Fetches and ingests one page, and records what became of it. */
    void fetchPage(ClaimedPage page, String node) {
        if (page.attempts() > properties.pageAttempts()) {
            // Claimed again after a node died with it more often than a page is tried.
            store.finishPage(page, node, "FAILED", null, "Given up after %d tries.".formatted(properties.pageAttempts()));
            return;
        }
        URI address = URI.create(page.url());
        try {
            IngestionOutcome outcome = addresses.ingest(address, page.published(), Duration.ZERO);
            // A page this node added before it died has its address stored already: added, not a duplicate.
            boolean added = outcome.created() || page.url().equals(outcome.article().origin());
            store.finishPage(page, node, added ? "ADDED" : "DUPLICATE", outcome.article().id(), null);
            pageOutcome(added ? "added" : "duplicate");
        } catch (FetchException failed) {
            switch (failed.failure()) {
                case BUSY -> store.hostBusy(page, node, failed.retryAfter() == null ? Duration.ofSeconds(1) : failed.retryAfter());
                case ADDRESS_REFUSED, DISALLOWED -> refused(page, node, failed.getMessage());
                case UNUSABLE, SITE_ERROR -> failedPage(page, node, failed.getMessage());
                default -> retryOrFail(page, node, failed.getMessage(), failed.retryAfter());
            }
        } catch (IngestionRefusedException refused) {
            refused(page, node, refused.getMessage());
        } catch (RuntimeException broken) {
            log.warn("Fetching page {} failed", page.url(), broken);
            retryOrFail(page, node, "Parallax could not store the page: " + broken.getMessage(), null);
        }
    }

    private void refused(ClaimedPage page, String node, String reason) {
        store.finishPage(page, node, "REFUSED", null, reason);
        pageOutcome("refused");
    }

    private void failedPage(ClaimedPage page, String node, String reason) {
        store.finishPage(page, node, "FAILED", null, reason);
        pageOutcome("failed");
    }

    /** A failure that may pass: tried again after 1, 4, 16… minutes (or the site's Retry-After), a few times at most. */
    private void retryOrFail(ClaimedPage page, String node, String reason, Duration retryAfter) {
        if (page.attempts() >= properties.pageAttempts()) {
            failedPage(page, node, reason + " (gave up after %d tries)".formatted(page.attempts()));
            return;
        }
        Duration wait = Duration.ofMinutes(1L << (2 * Math.min(page.attempts() - 1, 5)));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : retryAfter;
        }
        store.retryPage(page, node, reason, PollSchedule.jittered(wait));
        pageOutcome("retry");
    }

    private void count(String outcome) {
        meters.counter("parallax.feeds.polls", "outcome", outcome).increment();
    }

    private void pageOutcome(String outcome) {
        meters.counter("parallax.feeds.pages", "outcome", outcome).increment();
    }
}
