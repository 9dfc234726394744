package dev.parallax.follow;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The feeds, their items and the pages to fetch, in PostgreSQL. Work is claimed the way every node can share it:
 * due rows are locked with {@code FOR UPDATE SKIP LOCKED} and given a lease in the same statement, so a feed or page is
 * taken by one node at a time; finishing the work checks the lease is still this node's, so a node that lost its lease
 * (it stalled past it, and another node took the work) writes nothing. A node that dies leaves only a lease that runs
 * out.
 */
@Component
class FeedStore {

    private static final String FEED_COLUMNS = """
            f.id, f.url, f.title, f.status, f.last_fetched_at, f.next_fetch_at, f.last_error, f.failures,
            f.interval_seconds, f.last_changed_at,
            (select count(*) from feed_item i where i.feed_id = f.id) as items_seen,
            (select count(*) from feed_item i join feed_page p on p.url = i.page_url
              where i.feed_id = f.id and p.status = 'ADDED' and p.first_feed_id = f.id) as articles_added,
            (select count(*) from feed_item i join feed_page p on p.url = i.page_url
              where i.feed_id = f.id and p.status = 'PENDING') as pending
            """;
    private static final RowMapper<FeedView> FEED = (row, number) -> new FeedView(row.getLong("id"), row.getString("url"),
            row.getString("title"), row.getString("status"), instant(row, "last_fetched_at"), instant(row, "next_fetch_at"),
            row.getString("last_error"), row.getLong("items_seen"), row.getLong("articles_added"), row.getLong("pending"),
            row.getInt("failures"), row.getLong("interval_seconds"), instant(row, "last_changed_at"),
            row.getObject("next_fetch_at") == null);

    /** A feed claimed for a poll, with what the poll needs. */
    record ClaimedFeed(long id, URI url, String etag, String lastModified, Duration interval, int failures) {
    }

    /** A page claimed for a fetch; {@code attempts} counts this one. */
    record ClaimedPage(String url, String host, Instant published, int attempts) {
    }

    /** An item a poll found, with the page it leads to. */
    record NewItem(String pageUrl, String host, String title, Instant published, Long knownArticleId) {
    }

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- the admin's feeds

    /** Adds a feed, due at once; a feed already followed is returned as it is. */
    @Transactional
    AddedFeed add(String url, Duration interval) {
        Optional<Long> inserted = jdbc.sql("""
                        insert into feed (url, interval_seconds, next_fetch_at, created_at)
                        values (:url, :interval, clock_timestamp(), clock_timestamp())
                        on conflict (url) do nothing returning id
                        """)
                .param("url", url).param("interval", interval.toSeconds()).query(Long.class).optional();
        long id = inserted.orElseGet(() -> jdbc.sql("select id from feed where url = :url").param("url", url)
                .query(Long.class).single());
        return new AddedFeed(find(id).orElseThrow(), inserted.isPresent());
    }

    record AddedFeed(FeedView feed, boolean created) {
    }

    List<FeedView> all() {
        return jdbc.sql("select " + FEED_COLUMNS + " from feed f order by f.id").query(FEED).list();
    }

    Optional<FeedView> find(long id) {
        return jdbc.sql("select " + FEED_COLUMNS + " from feed f where f.id = :id").param("id", id).query(FEED).optional();
    }

    /** A feed's most recent items, with what became of each. */
    List<FeedItemView> items(long feedId, int limit) {
        return jdbc.sql("""
                        select p.url, i.title,
                               case when p.status = 'ADDED' and p.first_feed_id is distinct from i.feed_id then 'DUPLICATE'
                                    else p.status end as status,
                               p.article_id, p.error, i.published_at, i.seen_at, p.attempts
                        from feed_item i join feed_page p on p.url = i.page_url
                        where i.feed_id = :feed
                        order by i.seen_at desc, i.published_at desc nulls last, p.url
                        limit :limit
                        """)
                .param("feed", feedId).param("limit", limit)
                .query((row, number) -> new FeedItemView(row.getString("url"), row.getString("title"),
                        row.getString("status"), (Long) row.getObject("article_id", Long.class), row.getString("error"),
                        instant(row, "published_at"), instant(row, "seen_at"), row.getInt("attempts")))
                .list();
    }

    /** Removes a feed and its items; its articles stay, and so do pages another feed lists. */
    @Transactional
    boolean remove(long id) {
        int removed = jdbc.sql("delete from feed where id = :id").param("id", id).update();
        jdbc.sql("""
                delete from feed_page p where p.status <> 'PENDING' and p.first_feed_id is null
                  and not exists (select 1 from feed_item i where i.page_url = p.url)
                """).update();
        jdbc.sql("""
                delete from feed_page p where p.status = 'PENDING'
                  and not exists (select 1 from feed_item i where i.page_url = p.url)
                """).update();
        return removed > 0;
    }

    /** Makes a feed due now, paused or not. */
    boolean pollNow(long id) {
        return jdbc.sql("update feed set next_fetch_at = clock_timestamp() where id = :id").param("id", id).update() > 0;
    }

    // ---------------------------------------------------------------- polls

    List<ClaimedFeed> claimDueFeeds(String node, Duration lease, int limit) {
        return jdbc.sql("""
                        update feed set lease_owner = :node, lease_until = clock_timestamp() + cast(:lease as interval)
                        where id in (select id from feed
                                     where next_fetch_at <= clock_timestamp()
                                       and (lease_until is null or lease_until < clock_timestamp())
                                     order by next_fetch_at limit :limit
                                     for update skip locked)
                        returning id, url, etag, last_modified, interval_seconds, failures
                        """)
                .param("node", node).param("lease", lease.toMillis() + " milliseconds").param("limit", limit)
                .query((row, number) -> new ClaimedFeed(row.getLong("id"), URI.create(row.getString("url")),
                        row.getString("etag"), row.getString("last_modified"),
                        Duration.ofSeconds(row.getLong("interval_seconds")), row.getInt("failures")))
                .list();
    }

    /**
     * Records a poll that answered: the items it found (with their pages), the validators for the next conditional
     * request and the next poll (after the first interval if the feed listed new items, else after the second), in one
     * transaction, only while this node holds the feed's lease.
     *
     * @return how many of the items the feed had not listed before; empty if the lease was lost (nothing written)
     */
    @Transactional
    Optional<Integer> completePoll(ClaimedFeed feed, String node, String status, String title, String etag,
                                   String lastModified, List<NewItem> items, Duration ifChanged, Duration ifUnchanged) {
        boolean held = jdbc.sql("select 1 from feed where id = :id and lease_owner = :node for update")
                .param("id", feed.id()).param("node", node).query(Integer.class).optional().isPresent();
        if (!held) {
            return Optional.empty();
        }
        int added = 0;
        for (NewItem item : items) {
            jdbc.sql("""
                            insert into feed_page (url, host, status, first_feed_id, published_at, article_id,
                                                   next_attempt_at, created_at, done_at)
                            values (:url, :host, :status, :feed, :published, :article, clock_timestamp(), clock_timestamp(),
                                    case when :status = 'PENDING' then null else clock_timestamp() end)
                            on conflict (url) do nothing
                            """)
                    .param("url", item.pageUrl()).param("host", item.host())
                    .param("status", item.knownArticleId() == null ? "PENDING" : "DUPLICATE")
                    .param("feed", feed.id()).param("published", offset(item.published()))
                    .param("article", item.knownArticleId()).update();
            added += jdbc.sql("""
                            insert into feed_item (feed_id, page_url, title, published_at, seen_at)
                            values (:feed, :url, :title, :published, clock_timestamp())
                            on conflict (feed_id, page_url) do nothing
                            """)
                    .param("feed", feed.id()).param("url", item.pageUrl()).param("title", item.title())
                    .param("published", offset(item.published())).update();
        }
        Duration nextInterval = added > 0 ? ifChanged : ifUnchanged;
        Duration wait = PollSchedule.jittered(nextInterval);
        jdbc.sql("""
                        update feed set status = :status, title = coalesce(:title, title),
                               etag = case when :status = 'NOT_MODIFIED' then etag else :etag end,
                               last_modified = case when :status = 'NOT_MODIFIED' then last_modified else :lastModified end,
                               last_fetched_at = clock_timestamp(),
                               last_changed_at = case when :changed then clock_timestamp() else last_changed_at end,
                               interval_seconds = :interval, next_fetch_at = clock_timestamp() + cast(:wait as interval),
                               failures = 0, last_error = null, polls = polls + 1, lease_owner = null, lease_until = null
                        where id = :id
                        """)
                .param("status", status).param("title", title).param("etag", etag).param("lastModified", lastModified)
                .param("changed", added > 0).param("interval", Math.max(1, nextInterval.toSeconds()))
                .param("wait", wait.toMillis() + " milliseconds").param("id", feed.id()).update();
        return Optional.of(added);
    }

    /** Records a failed poll and when to try again; a null wait pauses the feed until the admin polls it. */
    boolean failPoll(ClaimedFeed feed, String node, String error, Duration wait) {
        return jdbc.sql("""
                        update feed set status = 'FAILING', last_error = :error, failures = failures + 1,
                               last_fetched_at = clock_timestamp(), polls = polls + 1,
                               next_fetch_at = case when cast(:wait as interval) is null then null
                                                    else clock_timestamp() + cast(:wait as interval) end,
                               lease_owner = null, lease_until = null
                        where id = :id and lease_owner = :node
                        """)
                .param("error", error).param("wait", wait == null ? null : wait.toMillis() + " milliseconds")
                .param("id", feed.id()).param("node", node).update() > 0;
    }

    /** Gives a feed back without a poll (its host's turn had not come): due again after the wait, nothing counted. */
    void releaseFeed(ClaimedFeed feed, String node, Duration wait) {
        jdbc.sql("""
                        update feed set next_fetch_at = clock_timestamp() + cast(:wait as interval),
                               lease_owner = null, lease_until = null
                        where id = :id and lease_owner = :node
                        """)
                .param("wait", wait.toMillis() + " milliseconds").param("id", feed.id()).param("node", node).update();
    }

    // ---------------------------------------------------------------- pages

    List<ClaimedPage> claimDuePages(String node, Duration lease, int limit) {
        return jdbc.sql("""
                        update feed_page set lease_owner = :node, lease_until = clock_timestamp() + cast(:lease as interval),
                               attempts = attempts + 1
                        where url in (select url from feed_page
                                      where status = 'PENDING' and next_attempt_at <= clock_timestamp()
                                        and (lease_until is null or lease_until < clock_timestamp())
                                      order by next_attempt_at limit :limit
                                      for update skip locked)
                        returning url, host, published_at, attempts
                        """)
                .param("node", node).param("lease", lease.toMillis() + " milliseconds").param("limit", limit)
                .query((row, number) -> new ClaimedPage(row.getString("url"), row.getString("host"),
                        instant(row, "published_at"), row.getInt("attempts")))
                .list();
    }

    /** Records what became of a page, while this node holds its lease. */
    boolean finishPage(ClaimedPage page, String node, String status, Long articleId, String error) {
        return jdbc.sql("""
                        update feed_page set status = :status, article_id = :article, error = :error,
                               done_at = clock_timestamp(), lease_owner = null, lease_until = null
                        where url = :url and lease_owner = :node
                        """)
                .param("status", status).param("article", articleId).param("error", error).param("url", page.url())
                .param("node", node).update() > 0;
    }

    /** Puts a page off after a failure that may pass, keeping the error for the admin to see. */
    void retryPage(ClaimedPage page, String node, String error, Duration wait) {
        jdbc.sql("""
                        update feed_page set error = :error, next_attempt_at = clock_timestamp() + cast(:wait as interval),
                               lease_owner = null, lease_until = null
                        where url = :url and lease_owner = :node
                        """)
                .param("error", error).param("wait", wait.toMillis() + " milliseconds").param("url", page.url())
                .param("node", node).update();
    }

    /**
     * Gives a page back untried, as its host's turn has not come: it and every other page waiting for that host are
     * due when the turn comes, and the try is not counted.
     */
    void hostBusy(ClaimedPage page, String node, Duration wait) {
        jdbc.sql("""
                        update feed_page set attempts = attempts - 1, lease_owner = null, lease_until = null,
                               next_attempt_at = clock_timestamp() + cast(:wait as interval)
                        where url = :url and lease_owner = :node
                        """)
                .param("wait", wait.toMillis() + " milliseconds").param("url", page.url()).param("node", node).update();
        jdbc.sql("""
                        update feed_page set next_attempt_at = greatest(next_attempt_at, clock_timestamp() + cast(:wait as interval))
                        where host = :host and status = 'PENDING' and (lease_until is null or lease_until < clock_timestamp())
                        """)
                .param("wait", wait.toMillis() + " milliseconds").param("host", page.host()).update();
    }

    /** Leases this node still holds, given back when it stops: its unfinished work is due again at once. */
    void releaseAll(String node) {
        jdbc.sql("update feed set lease_owner = null, lease_until = null where lease_owner = :node").param("node", node).update();
        jdbc.sql("""
                update feed_page set lease_owner = null, lease_until = null, attempts = greatest(0, attempts - 1)
                where lease_owner = :node
                """).param("node", node).update();
    }

    // ---------------------------------------------------------------- what the loop and the metrics need

    /** How long until the next feed or page is due (zero if one is), or empty when nothing is scheduled. */
    Optional<Duration> untilNextDue() {
        // Null when nothing is scheduled: PostgreSQL's greatest() would skip the null and answer 0, "due now".
        List<Double> millis = jdbc.sql("""
                        select extract(epoch from least(
                                 (select min(greatest(next_fetch_at, coalesce(lease_until, next_fetch_at))) from feed
                                   where next_fetch_at is not null),
                                 (select min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at))) from feed_page
                                   where status = 'PENDING')) - clock_timestamp()) * 1000
                        """)
                .query(Double.class).list();
        return Optional.ofNullable(millis.getFirst()).map(due -> Duration.ofMillis(Math.max(0, due.longValue())));
    }

    /** Seconds the most overdue feed is late: how far polling lags behind the schedule. */
    double lagSeconds() {
        return jdbc.sql("""
                select coalesce(max(extract(epoch from clock_timestamp() - next_fetch_at)), 0) from feed
                where next_fetch_at <= clock_timestamp()
                """).query(Double.class).single();
    }

    long pendingPages() {
        return jdbc.sql("select count(*) from feed_page where status = 'PENDING'").query(Long.class).single();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
