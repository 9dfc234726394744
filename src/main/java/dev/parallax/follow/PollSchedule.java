package dev.parallax.follow;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a feed is polled next. Its interval halves after a poll that found new items and grows by half after one that
 * did not (a 304 included), within the configured bounds; failures leave the interval alone and put the next poll
 * off, twice as long after each, up to the longest backoff, or for as long as the site's Retry-After asks if that is
 * longer. A little jitter keeps feeds added together from being polled together forever.
 */
record PollSchedule(Duration min, Duration max, Duration maxBackoff) {

    static PollSchedule of(FollowProperties properties) {
        return new PollSchedule(properties.minInterval(), properties.maxInterval(), properties.maxBackoff());
    }

    Duration afterChange(Duration interval) {
        return clamp(interval.dividedBy(2));
    }

    Duration afterNoChange(Duration interval) {
        return clamp(interval.plus(interval.dividedBy(2)));
    }

    /** How long after the given consecutive failure (1 for the first) the feed is tried again. */
    Duration afterFailure(Duration interval, int failures, Duration retryAfter) {
        Duration backoff = interval;
        for (int i = 1; i < failures && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            backoff = retryAfter;
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    /** The wait, give or take a tenth. */
    static Duration jittered(Duration wait) {
        long millis = wait.toMillis();
        long tenth = Math.max(1, millis / 10);
        return Duration.ofMillis(millis - tenth + ThreadLocalRandom.current().nextLong(2 * tenth + 1));
    }

    private Duration clamp(Duration interval) {
        return interval.compareTo(min) < 0 ? min : interval.compareTo(max) > 0 ? max : interval;
    }
}
