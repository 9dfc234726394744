package dev.parallax.follow;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How Parallax follows feeds.
 *
 * @param interval        a new feed's polling interval; each feed's then adapts between the bounds below
 * @param minInterval     the shortest interval, however often a feed changes
 * @param maxInterval     the longest interval, however quiet a feed is
 * @param maxBackoff      the longest wait after failures (and the most a Retry-After is honoured)
 * @param maxFailures     consecutive failed polls after which a feed is paused until the admin polls it again
 * @param maxItemAge      items published longer ago than this are skipped
 * @param maxItemsPerPoll the newest items taken from one poll, at most
 * @param pageAttempts    how many times a page is tried before it is given up
 * @param threads         how many feeds and pages this node works on at once
 * @param lease           how long a node holds a feed or page it claimed; a node that dies leaves it for this long
 * @param enabled         whether this node polls feeds and fetches their pages at all
 */
@ConfigurationProperties("parallax.feeds")
public record FollowProperties(Duration interval, Duration minInterval, Duration maxInterval, Duration maxBackoff,
                               Integer maxFailures, Duration maxItemAge, Integer maxItemsPerPoll, Integer pageAttempts,
                               Integer threads, Duration lease, Boolean enabled) {

    public FollowProperties {
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        minInterval = minInterval == null ? Duration.ofMinutes(5) : minInterval;
        maxInterval = maxInterval == null ? Duration.ofHours(6) : maxInterval;
        maxBackoff = maxBackoff == null ? Duration.ofHours(24) : maxBackoff;
        maxFailures = maxFailures == null ? 10 : maxFailures;
        maxItemAge = maxItemAge == null ? Duration.ofDays(3) : maxItemAge;
        maxItemsPerPoll = maxItemsPerPoll == null ? 50 : maxItemsPerPoll;
        pageAttempts = pageAttempts == null ? 3 : pageAttempts;
        threads = threads == null ? 2 : Math.max(1, threads);
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        enabled = enabled == null || enabled;
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException("parallax.feeds.min-interval is longer than parallax.feeds.max-interval");
        }
    }

    /** The interval a new feed starts with, within the bounds. */
    Duration firstInterval() {
        return interval.compareTo(minInterval) < 0 ? minInterval : interval.compareTo(maxInterval) > 0 ? maxInterval : interval;
    }
}
