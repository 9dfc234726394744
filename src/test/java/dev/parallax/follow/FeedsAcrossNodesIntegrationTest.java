package dev.parallax.follow;

import dev.parallax.support.LocalSite;
import dev.parallax.support.LocalSite.Answer;
import dev.parallax.support.PortalNode;
import dev.parallax.support.TestDatabaseConfiguration;
import dev.parallax.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal nodes on one PostgreSQL follow the same feeds: each feed is polled once per due time and each page
 * fetched once, by one node or the other; one host delay holds across both; a feed a dead node held is polled once
 * its lease runs out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsAcrossNodesIntegrationTest {

    private static final int FEEDS = 8;
    private static final int ITEMS = 2;
    private static final Duration HOST_DELAY = Duration.ofMillis(300);

    private LocalSite site;
    private PortalNode a;
    private PortalNode b;
    private JdbcClient jdbc;

    @BeforeAll
    void start() throws IOException {
        site = LocalSite.start();
        site.route("/robots.txt", Answer.of("text/plain", "User-agent: *\nAllow: /\n"));
        String url = TestDatabaseConfiguration.databaseOfItsOwn("follow-nodes").getJdbcUrl();
        Map<String, Object> settings = Map.of("parallax.fetch.allow-private-addresses", "true",
                "parallax.fetch.host-delay", HOST_DELAY.toMillis() + "ms", "parallax.feeds.interval", "1h",
                "parallax.feeds.threads", "3", "parallax.feeds.lease", "20s");
        a = PortalNode.start("feeds-a", WebApplicationType.NONE, url, Path.of("target", "test-index-feeds-a-" + UUID.randomUUID()), settings);
        b = PortalNode.start("feeds-b", WebApplicationType.NONE, url, Path.of("target", "test-index-feeds-b-" + UUID.randomUUID()), settings);
        jdbc = a.bean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void eachFeedIsPolledOnceAndEachPageFetchedOnceWithOneHostDelayAcrossNodes() {
        List<String> feedPaths = new ArrayList<>();
        List<String> pagePaths = new ArrayList<>();
        List<TestEvents.Event> events = TestEvents.invent(FEEDS * ITEMS, 1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int f = 0; f < FEEDS; f++) {
            StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Feed " + f + "</title>");
            for (int i = 0; i < ITEMS; i++) {
                String path = "/" + run + "/f" + f + "/item" + i;
                String[] lines = events.get(f * ITEMS + i).reports().getFirst().split("\n");
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>").append(lines[0])
                        .append("</title></head><body><article><h1>").append(lines[0]).append("</h1>");
                for (int p = 1; p < lines.length; p++) {
                    html.append("<p>").append(lines[p]).append("</p>");
                }
                site.route(path, Answer.html(html.append("</article></body></html>").toString()));
                pagePaths.add(path);
                rss.append("<item><title>").append(lines[0]).append("</title><link>").append(site.uri(path))
                        .append("</link><pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                                .format(java.time.ZonedDateTime.now())).append("</pubDate></item>");
            }
            String feedPath = "/" + run + "/feed" + f + ".xml";
            site.route(feedPath, Answer.of("application/rss+xml", rss.append("</channel></rss>").toString()));
            feedPaths.add(feedPath);
        }
        site.forgetRequests();

        // Half the feeds added on each node.
        for (int f = 0; f < FEEDS; f++) {
            (f % 2 == 0 ? a : b).bean(Feeds.class).follow(site.uri(feedPaths.get(f)).toString());
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from feed where status = 'OK' and url like ?").param("%/" + run + "/%")
                    .query(Long.class).single()).isEqualTo(FEEDS);
            assertThat(jdbc.sql("select count(*) from feed_page where status = 'ADDED' and url like ?").param("%/" + run + "/%")
                    .query(Long.class).single()).isEqualTo((long) FEEDS * ITEMS);
        });
        for (String path : feedPaths) {
            assertThat(site.hits(path)).as(path).isEqualTo(1);
        }
        for (String path : pagePaths) {
            assertThat(site.hits(path)).as(path).isEqualTo(1);
        }
        assertThat(jdbc.sql("select max(polls) from feed where url like ?").param("%/" + run + "/%")
                .query(Long.class).single()).isEqualTo(1);

        // Every request to the host, from either node, came at least the host delay after the one before.
        List<Long> times = site.requests().stream().map(LocalSite.Request::receivedNanos).sorted().toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).as("gap before request " + i)
                    .isGreaterThanOrEqualTo(HOST_DELAY.minusMillis(100)); // the server stamps a little after the turn; unspaced, gaps are a few ms
        }
    }

    @Test
    void aFeedHeldByANodeThatDiedIsPolledOnceItsLeaseRunsOut() {
        String path = "/dead/" + UUID.randomUUID() + ".xml";
        site.route(path, Answer.of("application/rss+xml", "<rss version=\"2.0\"><channel><title>Orphan</title></channel></rss>"));
        Instant leaseEnds = Instant.now().plusSeconds(4);
        jdbc.sql("""
                        insert into feed (url, interval_seconds, next_fetch_at, created_at, lease_owner, lease_until)
                        values (?, 3600, clock_timestamp(), clock_timestamp(), 'a node that died', ?)
                        """)
                .params(site.uri(path).toString(), leaseEnds.atOffset(java.time.ZoneOffset.UTC)).update();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(site.hits(path)).isEqualTo(1));
        assertThat(site.requests().stream().filter(request -> request.path().equals(path)).findFirst().orElseThrow()
                .receivedNanos()).isPositive();
        assertThat(Instant.now()).isAfterOrEqualTo(leaseEnds);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select status from feed where url = ?").param(site.uri(path).toString()).query(String.class).single()).isEqualTo("OK"));
        assertThat(site.hits(path)).isEqualTo(1);
    }
}
