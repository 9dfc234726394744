package dev.parallax.follow;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the admin's feed pages, in UTC like the logs: {@code ${@feedTimes.format(feed.nextFetchAt)}}. */
@Component("feedTimes")
class FeedTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant);
    }

    public String interval(long seconds) {
        return seconds >= 3600 && seconds % 3600 == 0 ? seconds / 3600 + " h"
                : seconds >= 60 ? Math.round(seconds / 60.0) + " min" : seconds + " s";
    }
}
