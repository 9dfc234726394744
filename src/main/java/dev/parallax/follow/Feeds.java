package dev.parallax.follow;

import dev.parallax.fetch.FetchException;
import dev.parallax.fetch.WebAddress;
import dev.parallax.fetch.WebFetcher;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.util.List;

/** The feeds the admin follows: added, listed, polled now, removed. Polling itself is {@link FollowWorker}'s. */
@Service
public class Feeds {

    static final int RECENT_ITEMS = 50;

    private final FeedStore store;
    private final WebFetcher fetcher;
    private final FollowWorker worker;
    private final FollowProperties properties;

    Feeds(FeedStore store, WebFetcher fetcher, FollowWorker worker, FollowProperties properties) {
        this.store = store;
        this.fetcher = fetcher;
        this.worker = worker;
        this.properties = properties;
    }

    /** A feed followed from now on, polled at once; a feed followed already is returned as it is. */
    public record Followed(FeedView feed, boolean created) {
    }

    /**
     * Follows the feed at an address a person gave.
     *
     * @throws FetchException when the address is refused: not http or https, on a private network
     */
    public Followed follow(String typedAddress) {
        URI address = fetcher.checkAddress(typedAddress);
        FeedStore.AddedFeed added = store.add(WebAddress.key(address), properties.firstInterval());
        worker.wake();
        return new Followed(added.feed(), added.created());
    }

    public List<FeedView> all() {
        return store.all();
    }

    public FeedDetail detail(long id) {
        FeedView feed = store.find(id).orElseThrow(() -> new FeedNotFoundException(id));
        return new FeedDetail(feed, store.items(id, RECENT_ITEMS));
    }

    /** Polls a feed now, paused or not. */
    public FeedView pollNow(long id) {
        if (!store.pollNow(id)) {
            throw new FeedNotFoundException(id);
        }
        worker.wake();
        return store.find(id).orElseThrow(() -> new FeedNotFoundException(id));
    }

    /** Stops following a feed; the articles it added stay. */
    public void unfollow(long id) {
        if (!store.remove(id)) {
            throw new FeedNotFoundException(id);
        }
    }
}
