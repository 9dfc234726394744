package dev.parallax.follow;

import dev.parallax.support.FetchingIntegrationTest;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.LocalSite;
import dev.parallax.support.LocalSite.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Following the news end to end: the portal polls feeds served by a site on the loopback, fetches the pages of their
 * items (pages of the extraction corpus) once, and stores their articles with their address, outlet and time.
 */
@FetchingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowIntegrationTest {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedStore store;
    @Autowired
    TransactionTemplate transactions;

    LocalSite site;

    @BeforeAll
    void startSite() throws IOException {
        site = LocalSite.start();
        site.route("/robots.txt", Answer.of("text/plain", "User-agent: *\nDisallow: /members/\n"));
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    private static String corpusPage(String prefix) throws IOException, URISyntaxException {
        Path folder = Path.of(FollowIntegrationTest.class.getResource("/extraction").toURI());
        try (var files = Files.list(folder)) {
            Path page = files.filter(file -> file.getFileName().toString().startsWith(prefix) && file.toString().endsWith(".html"))
                    .findFirst().orElseThrow();
            return Files.readString(page, StandardCharsets.UTF_8);
        }
    }

    private static String rss(String title, List<String[]> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://example.org/</link><description>d</description>\n");
        for (String[] item : items) {
            xml.append("<item><title>").append(item[0]).append("</title><link>").append(item[1]).append("</link>");
            if (item.length > 2) {
                xml.append("<pubDate>").append(item[2]).append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String daysAgo(int days) {
        return RFC_1123.format(Instant.now().minus(Duration.ofDays(days)));
    }

    private JsonNode json(MvcResult result) throws IOException {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long follow(String feedPath) throws Exception {
        MvcResult added = mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri(feedPath) + "\"}").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andReturn();
        return json(added).get("id").asLong();
    }

    private JsonNode feed(long id) throws Exception {
        return json(mvc.perform(get("/api/feeds/" + id)).andExpect(status().isOk()).andReturn());
    }

    /** Waits until the feed has been polled and none of its items waits to be fetched. */
    private JsonNode settled(long id) {
        List<JsonNode> last = new ArrayList<>(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode feed = feed(id);
            assertThat(feed.get("status").asString()).isNotEqualTo("NEW");
            assertThat(feed.get("pending").asLong()).isZero();
            last.clear();
            last.add(feed);
        });
        return last.getFirst();
    }

    private static List<String> validHtmlErrors(String html) throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(line -> line.contains("error")).toList();
    }

    private static String statusOf(JsonNode feed, String path) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("url").asString().endsWith(path)) {
                return item.get("status").asString();
            }
        }
        return null;
    }

    @Test
    void withNothingScheduledTheFollowerSleepsInsteadOfLookingAgainAtOnce() {
        // In a transaction rolled back afterwards, so that the other tests' feeds stay.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from feed_page").update();
            jdbc.sql("delete from feed").update();
            assertThat(store.untilNextDue()).isEmpty();

            jdbc.sql("insert into feed (url, interval_seconds, created_at, next_fetch_at) values ('https://example.org/later.xml', 3600, now(), "
                    + "now() + interval '1 hour')").update();
            assertThat(store.untilNextDue()).hasValueSatisfying(due -> assertThat(due).isBetween(
                    Duration.ofMinutes(59), Duration.ofMinutes(61)));
            status.setRollbackOnly();
        });
    }

    @Test
    void followsAFeedAndStoresEachItemsArticleOnceWithItsAddressOutletAndTime() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        site.route("/a/wire", Answer.html(corpusPage("01-")))
                .route("/a/tv", Answer.html(corpusPage("02-")))
                .route("/a/live", Answer.html(corpusPage("12-")))
                .route("/members/locked", Answer.html(corpusPage("06-")))
                .route("/a/missing", Answer.status(404))
                .route("/a/old", Answer.html(corpusPage("08-")));
        site.route("/feeds/" + run + ".xml", Answer.of("application/rss+xml; charset=utf-8", rss("Local &amp; wire", List.of(
                new String[]{"Ship loses power", site.uri("/a/wire").toString(), daysAgo(0)},
                new String[]{"Bridge gone", site.uri("/a/tv?utm_source=rss").toString(), daysAgo(0)},
                new String[]{"Live", "/a/live", daysAgo(1)},
                new String[]{"Members only", site.uri("/members/locked").toString(), daysAgo(0)},
                new String[]{"Gone", site.uri("/a/missing").toString(), daysAgo(0)},
                new String[]{"Old news", site.uri("/a/old").toString(), daysAgo(30)}))).withEtag("\"" + run + "\""));

        long id = follow("/feeds/" + run + ".xml");
        JsonNode feed = settled(id);

        assertThat(feed.get("title").asString()).isEqualTo("Local & wire");
        assertThat(feed.get("status").asString()).isEqualTo("OK");
        assertThat(feed.get("itemsSeen").asLong()).isEqualTo(5); // the 30-day-old item is skipped
        assertThat(feed.get("articlesAdded").asLong()).isEqualTo(3);
        assertThat(statusOf(feed, "/a/wire")).isEqualTo("ADDED");
        assertThat(statusOf(feed, "/a/tv")).isEqualTo("ADDED");
        assertThat(statusOf(feed, "/members/locked")).isEqualTo("REFUSED");
        assertThat(statusOf(feed, "/a/missing")).isEqualTo("FAILED");
        assertThat(statusOf(feed, "/a/old")).isNull();
        assertThat(site.hits("/members/locked") + site.hits("/a/old")).isZero();
        assertThat(site.hits("/a/tv?utm_source=rss") + site.hits("/a/tv")).isEqualTo(1);

        long wire = 0;
        for (JsonNode item : feed.get("items")) {
            if (item.get("url").asString().endsWith("/a/wire")) {
                wire = item.get("articleId").asLong();
            }
        }
        mvc.perform(get("/api/articles/" + wire))
                .andExpect(jsonPath("$.source").value("Harbor Wire"))
                .andExpect(jsonPath("$.url").value(containsString("harborwire.example/2024/03/26/")))
                .andExpect(jsonPath("$.published").value("2024-03-26T13:14:00Z"))
                .andExpect(jsonPath("$.author").value("Dana Whitfield and Marcus Obi"))
                .andExpect(jsonPath("$.extraction").value("DOM"))
                .andExpect(jsonPath("$.title").value(containsString("Ship loses power")));
        mvc.perform(get("/articles/" + wire)).andExpect(status().isOk())
                .andExpect(content().string(containsString("read it at the outlet")))
                .andExpect(content().string(containsString("https://harborwire.example/2024/03/26/")));

        // A second feed that lists the same pages, one under another spelling, fetches nothing again.
        site.route("/feeds/" + run + "-atom.xml", Answer.of("application/atom+xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Again</title><id>urn:again</id><updated>%s</updated>
                <entry><title>Same ship</title><id>urn:1</id><link href="%s"/><updated>%s</updated></entry>
                <entry><title>Same bridge</title><id>urn:2</id><link href="%s"/><updated>%s</updated></entry>
                </feed>""".formatted(Instant.now(), site.uri("/a/wire?utm_medium=social#top"), Instant.now(),
                site.uri("/a/tv"), Instant.now())));
        long again = follow("/feeds/" + run + "-atom.xml");
        JsonNode second = settled(again);
        assertThat(statusOf(second, "/a/wire")).isEqualTo("DUPLICATE"); // its address is spelt one way
        assertThat(statusOf(second, "/a/tv")).isEqualTo("DUPLICATE");
        assertThat(second.get("articlesAdded").asLong()).isZero();
        assertThat(site.hits("/a/wire")).isEqualTo(1);

        // Polled again: the feed answers 304 to the conditional request, and nothing is fetched.
        site.forgetRequests();
        mvc.perform(post("/api/feeds/" + id + "/poll").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(feed(id).get("status").asString()).isEqualTo("NOT_MODIFIED"));
        assertThat(site.requests()).extracting(LocalSite.Request::path).containsOnly("/feeds/" + run + ".xml");
        assertThat(site.requests().getFirst().header("If-None-Match")).isEqualTo("\"" + run + "\"");

        // Removing a feed keeps its articles.
        mvc.perform(delete("/api/feeds/" + id).with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/feeds/" + id)).andExpect(status().isNotFound()).andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/articles/" + wire)).andExpect(status().isOk());
    }

    @Test
    void aFeedThatFailsSaysWhyAndIsTriedLater() throws Exception {
        site.route("/feeds/broken", Answer.status(500));
        site.route("/feeds/page", Answer.html("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                + "href=\"/feeds/real.xml\"></head><body><p>Home</p></body></html>"));

        long broken = follow("/feeds/broken");
        long page = follow("/feeds/page");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode failing = feed(broken);
            assertThat(failing.get("status").asString()).isEqualTo("FAILING");
            assertThat(failing.get("lastError").asString()).contains("500");
            assertThat(Instant.parse(failing.get("nextFetchAt").asString())).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
            JsonNode notAFeed = feed(page);
            assertThat(notAFeed.get("status").asString()).isEqualTo("FAILING");
            assertThat(notAFeed.get("lastError").asString()).contains("web page, not a feed").contains("/feeds/real.xml");
        });
        assertThat(site.hits("/feeds/broken")).isEqualTo(1); // once, not in a loop
    }

    @Test
    void aFeedsAddressIsCheckedWhenItIsAdded() throws Exception {
        mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"ftp://example.org/feed\"}")
                        .with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value(containsString("http")));
        mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"https://example.org/feed\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{not json")
                        .with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/feeds/999999/poll").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anArticleIsAddedByItsAddressOnceAndRefusalsSayWhy() throws Exception {
        site.route("/b/metered", Answer.html(corpusPage("04-")))
                .route("/b/copy-of-metered", Answer.html(corpusPage("04-")))
                .route("/b/nothing", Answer.html("<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a> <a href=\"/b\">News</a></nav></body></html>"))
                .route("/b/error", Answer.status(500))
                .route("/b/slow", Answer.html(corpusPage("05-")).delayed(Duration.ofSeconds(8)));
        String admin = IntegrationTest.ADMIN_PASSWORD;

        MvcResult created = mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/b/metered") + "\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/articles/")))
                .andExpect(jsonPath("$.source").value("The Meridian Herald"))
                .andExpect(jsonPath("$.published").value("2024-03-27T11:45:00Z"))
                .andReturn();
        long id = json(created).get("id").asLong();
        mvc.perform(get("/api/articles/" + id)).andExpect(jsonPath("$.extraction").value("JSON_LD"));

        for (String path : new String[]{"/b/metered", "/b/copy-of-metered"}) {
            mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": \"" + site.uri(path) + "\"}").with(httpBasic("admin", admin)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        }
        assertThat(site.hits("/b/metered")).isEqualTo(1); // a known address is not fetched again

        // An address that redirects to a known article leads to it from then on, without a request.
        site.route("/b/moved", Answer.redirect(301, "/b/metered"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": \"" + site.uri("/b/moved") + "\"}").with(httpBasic("admin", admin)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        }
        assertThat(site.hits("/b/moved")).isEqualTo(1);
        assertThat(site.hits("/b/metered")).isEqualTo(1); // the redirect to it was not followed

        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"file:///etc/passwd\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value(containsString("http")));
        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/members/x") + "\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value(containsString("robots.txt")));
        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/b/nothing") + "\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value(containsString("holds no article")));
        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/b/error") + "\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isBadGateway()).andExpect(jsonPath("$.error").value(containsString("500")));
        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/b/slow") + "\"}").with(httpBasic("admin", admin)))
                .andExpect(status().isGatewayTimeout()).andExpect(jsonPath("$.error").value(containsString("did not answer")));
        mvc.perform(post("/api/articles/by-url").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + site.uri("/b/metered") + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminFollowsFeedsOnAPageThatWorksWithoutJavaScript() throws Exception {
        site.route("/feeds/admin.xml", Answer.of("application/rss+xml", rss("Admin's feed", List.of())));

        mvc.perform(get("/admin/feeds")).andExpect(status().is3xxRedirection()); // to the sign-in form
        mvc.perform(get("/admin/feeds").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<label for=\"url\">")));
        mvc.perform(post("/admin/feeds").param("url", site.uri("/feeds/admin.xml").toString()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/admin/feeds").param("url", site.uri("/feeds/admin.xml").toString())
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/feeds"));
        mvc.perform(post("/admin/feeds").param("url", "gopher://example.org/").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Only http and https")));
        long id = jdbc.sql("select id from feed where url = ?").param(site.uri("/feeds/admin.xml").toString())
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(feed(id).get("status").asString()).isEqualTo("OK"));
        mvc.perform(get("/admin/feeds").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Admin&#39;s feed")));
        mvc.perform(get("/admin/feeds/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Recent items")));
        for (String page : List.of("/admin/feeds", "/admin/feeds/" + id, "/admin/upload")) {
            String html = mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(validHtmlErrors(html)).as("Nu HTML Checker on %s", page).isEmpty();
        }
        mvc.perform(post("/admin/feeds/" + id + "/delete").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/feeds"));
    }
}
