package dev.parallax.fetch;

import dev.parallax.fetch.FetchException.Failure;
import dev.parallax.support.FetchingIntegrationTest;
import dev.parallax.support.LocalSite;
import dev.parallax.support.LocalSite.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way Parallax reads other sites, against a real HTTP server on the loopback. */
@FetchingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFetcherIntegrationTest {

    private static final String ARTICLE = "<!DOCTYPE html><html><head><title>A page</title></head><body><article><h1>A page</h1>"
            + "<p>The council approved the budget on Tuesday after a debate that lasted well into the night.</p></article></body></html>";

    @Autowired
    WebFetcher fetcher;
    @Autowired
    HostTurns turns;
    @Autowired
    FetchProperties properties;
    @Autowired
    JdbcClient jdbc;

    LocalSite site;

    @BeforeAll
    void startSite() throws IOException {
        site = LocalSite.start();
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    @BeforeEach
    void freshSite() {
        site.forgetRequests();
        fetcher.forgetRobots();
        site.route("/robots.txt", Answer.of("text/plain", "User-agent: *\nDisallow: /private/\n"));
        freeTheHost();
    }

    private Fetched page(String path) {
        return fetcher.fetch(WebFetcher.Request.page(site.uri(path), Duration.ofSeconds(5)));
    }

    @Test
    void fetchesAPageWithAnHonestUserAgentAfterReadingRobotsTxt() {
        site.route("/news/a", Answer.html(ARTICLE));

        Fetched fetched = page("/news/a");

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text()).contains("council approved");
        assertThat(site.requests()).extracting(LocalSite.Request::path).containsExactly("/robots.txt", "/news/a");
        assertThat(site.requests().getLast().header("User-Agent")).startsWith("Parallax/").contains("+http");
        assertThat(site.requests().getLast().header("Accept")).startsWith("text/html");
    }

    @Test
    void anAddressRobotsTxtDisallowsIsRefusedAndNeverRequested() {
        site.route("/private/a", Answer.html(ARTICLE));
        site.route("/news/a", Answer.html(ARTICLE));

        assertThatThrownBy(() -> page("/private/a")).isInstanceOfSatisfying(FetchException.class,
                refused -> assertThat(refused.failure()).isEqualTo(Failure.DISALLOWED));
        assertThat(page("/news/a").status()).isEqualTo(200);
        assertThat(site.hits("/private/a")).isZero();
        assertThat(site.hits("/robots.txt")).isEqualTo(1); // read once, remembered
    }

    @Test
    void theGroupNamingParallaxIsTheOneThatApplies() {
        site.route("/robots.txt", Answer.of("text/plain",
                "User-agent: *\nDisallow: /\n\nUser-agent: Parallax\nDisallow: /not-for-parallax/\n"));
        site.route("/news/a", Answer.html(ARTICLE));
        site.route("/not-for-parallax/a", Answer.html(ARTICLE));

        assertThat(page("/news/a").status()).isEqualTo(200);
        assertThatThrownBy(() -> page("/not-for-parallax/a")).isInstanceOfSatisfying(FetchException.class,
                refused -> assertThat(refused.failure()).isEqualTo(Failure.DISALLOWED));
        assertThat(site.hits("/not-for-parallax/a")).isZero();
    }

    @Test
    void aSiteWhoseRobotsTxtFailsIsNotFetchedAndOneWithoutRobotsTxtIs() {
        site.route("/robots.txt", Answer.status(503));
        site.route("/news/a", Answer.html(ARTICLE));
        assertThatThrownBy(() -> page("/news/a")).isInstanceOfSatisfying(FetchException.class,
                failed -> assertThat(failed.failure()).isEqualTo(Failure.SITE_UNAVAILABLE));
        assertThat(site.hits("/news/a")).isZero();

        fetcher.forgetRobots();
        site.route("/robots.txt", Answer.status(404));
        assertThat(page("/news/a").status()).isEqualTo(200);
    }

    @Test
    void followsAFewRedirectsAndRefusesTooMany() {
        site.route("/r1", Answer.redirect(301, "/r2")).route("/r2", Answer.redirect(302, site.uri("/news/b").toString()))
                .route("/news/b", Answer.html(ARTICLE));

        Fetched fetched = page("/r1");

        assertThat(fetched.finalAddress()).isEqualTo(site.uri("/news/b"));
        assertThat(fetched.redirects()).hasSize(2);

        for (int i = 0; i < 8; i++) {
            site.route("/loop" + i, Answer.redirect(307, "/loop" + (i + 1)));
        }
        assertThatThrownBy(() -> page("/loop0")).isInstanceOfSatisfying(FetchException.class,
                failed -> assertThat(failed.getMessage()).contains("redirects more than 5 times"));
        assertThat(site.hits("/loop6")).isZero();
    }

    @Test
    void aRedirectToAnotherLoopbackAddressIsRefusedWhenPrivateAddressesAreNot() {
        // Only this test server's own address is exempt: every other loopback, private or link-local address is refused.
        WebFetcher strict = new WebFetcher(properties, turns, new SimpleMeterRegistry(),
                new AddressPolicy(false, address -> address.getHostAddress().equals("127.0.0.1")), "ParallaxTest/1");
        try {
            site.route("/to-private", Answer.redirect(302, "http://127.0.0.2:" + site.port() + "/secret"));
            site.route("/to-other-loopback", Answer.redirect(302, "http://127.1.2.3:" + site.port() + "/secret"));
            site.route("/secret", Answer.html(ARTICLE));

            for (String path : new String[]{"/to-private", "/to-other-loopback"}) {
                assertThatThrownBy(() -> strict.fetch(WebFetcher.Request.page(site.uri(path), Duration.ZERO)))
                        .isInstanceOfSatisfying(FetchException.class, refused -> {
                            assertThat(refused.failure()).isEqualTo(Failure.ADDRESS_REFUSED);
                            assertThat(refused.getMessage()).contains("private, loopback or link-local");
                        });
            }
            assertThat(site.hits("/secret")).isZero();
            assertThatThrownBy(() -> strict.checkAddress("http://[::1]:" + site.port() + "/"))
                    .isInstanceOfSatisfying(FetchException.class, refused -> assertThat(refused.failure()).isEqualTo(Failure.ADDRESS_REFUSED));
        } finally {
            strict.destroy();
        }
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentialsAreFetched() {
        for (String address : new String[]{"ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)",
                "http://user:secret@127.0.0.1/", "not an address", "/relative/path", ""}) {
            assertThatThrownBy(() -> fetcher.checkAddress(address)).as(address)
                    .isInstanceOfSatisfying(FetchException.class, refused -> {
                        assertThat(refused.failure()).isEqualTo(Failure.ADDRESS_REFUSED);
                        assertThat(refused.getMessage()).isNotBlank();
                    });
        }
    }

    @Test
    void aConditionalRequestForAnUnchangedFeedAnswersNotModified() {
        site.route("/feed.xml", Answer.of("application/rss+xml", "<rss version=\"2.0\"><channel><title>T</title></channel></rss>")
                .withEtag("\"v1\"").withHeader("Last-Modified", "Mon, 02 Dec 2026 10:00:00 GMT"));

        Fetched first = fetcher.fetch(WebFetcher.Request.feed(site.uri("/feed.xml"), null, null, Duration.ZERO));
        Fetched second = fetcher.fetch(WebFetcher.Request.feed(site.uri("/feed.xml"), first.etag(), first.lastModified(), Duration.ZERO));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(site.requests().getLast().header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(site.requests().getLast().header("If-Modified-Since")).isEqualTo("Mon, 02 Dec 2026 10:00:00 GMT");
    }

    @Test
    void aSlowSiteTimesOutWithinTheLimit() {
        site.route("/slow", Answer.html(ARTICLE).delayed(Duration.ofSeconds(6)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> page("/slow")).isInstanceOfSatisfying(FetchException.class, slow -> {
            assertThat(slow.failure()).isEqualTo(Failure.TIMEOUT);
            assertThat(slow.failure().httpStatus()).isEqualTo(504);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHugeBodyIsCutOffAtTheLimitNotReadToTheEnd() {
        site.route("/huge", Answer.huge("text/html", DataSize.ofGigabytes(2).toBytes()));

        long started = System.nanoTime();
        assertThatThrownBy(() -> page("/huge")).isInstanceOfSatisfying(FetchException.class, huge -> {
            assertThat(huge.failure()).isEqualTo(Failure.UNUSABLE);
            assertThat(huge.getMessage()).contains("larger than 2.0 MiB");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void gzipIsUndoneAndCharsetsAreHonoured() {
        site.route("/gz", Answer.html(ARTICLE).gzipped());
        assertThat(page("/gz").text()).contains("council approved");

        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        site.route("/latin1", new Answer(200, "text/html", latin1, java.util.Map.of(), Duration.ZERO, 0, false, null));
        assertThat(page("/latin1").text()).contains("Café crème");
    }

    @Test
    void whatIsNotAPageIsRefusedAndErrorsSaySo() {
        site.route("/image.png", Answer.of("image/png", "\u0089PNG"));
        site.route("/gone", Answer.status(410));
        site.route("/busy", Answer.status(503).withHeader("Retry-After", "120"));

        assertThatThrownBy(() -> page("/image.png")).isInstanceOfSatisfying(FetchException.class,
                failed -> assertThat(failed.failure()).isEqualTo(Failure.UNUSABLE));
        assertThatThrownBy(() -> page("/gone")).isInstanceOfSatisfying(FetchException.class, failed -> {
            assertThat(failed.failure()).isEqualTo(Failure.SITE_ERROR);
            assertThat(failed.getMessage()).contains("410");
        });
        assertThatThrownBy(() -> page("/busy")).isInstanceOfSatisfying(FetchException.class, failed -> {
            assertThat(failed.failure()).isEqualTo(Failure.SITE_UNAVAILABLE);
            assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void requestsToOneHostAreSpacedAcrossNodesAndARetryAfterHoldsEveryNodeOff() throws Exception {
        FetchProperties spaced = new FetchProperties(true, Duration.ofMillis(700), Duration.ofMinutes(1), "ParallaxTest/1",
                null, null, null, null, null, null);
        // Two fetchers with their own connections and robots memory, sharing PostgreSQL: two nodes.
        WebFetcher a = new WebFetcher(spaced, turns, new SimpleMeterRegistry(), new AddressPolicy(true), "ParallaxTest/1");
        WebFetcher b = new WebFetcher(spaced, turns, new SimpleMeterRegistry(), new AddressPolicy(true), "ParallaxTest/1");
        try {
            site.route("/news/c", Answer.html(ARTICLE));
            URI address = site.uri("/news/c");
            a.fetch(WebFetcher.Request.page(address, Duration.ofSeconds(10))); // robots.txt and the page: one turn each

            long started = System.nanoTime();
            var onA = CompletableFuture.runAsync(() -> a.fetch(WebFetcher.Request.page(address, Duration.ofSeconds(10))));
            var onB = CompletableFuture.runAsync(() -> b.fetch(WebFetcher.Request.page(address, Duration.ofSeconds(10))));
            CompletableFuture.allOf(onA, onB).join();
            // B reads robots.txt too: three more requests, each at least 700 ms after the one before.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));

            // Background work does not wait: it is told when the host's turn comes.
            assertThatThrownBy(() -> a.fetch(WebFetcher.Request.page(address, Duration.ZERO)))
                    .isInstanceOfSatisfying(FetchException.class, busy -> {
                        assertThat(busy.failure()).isEqualTo(Failure.BUSY);
                        assertThat(busy.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(700));
                    });

            turns.holdOff("127.0.0.1", Duration.ofSeconds(30)); // as a Retry-After: 30 would
            assertThatThrownBy(() -> b.fetch(WebFetcher.Request.page(address, Duration.ZERO)))
                    .isInstanceOfSatisfying(FetchException.class, busy -> assertThat(busy.retryAfter()).isGreaterThan(Duration.ofSeconds(25)));
        } finally {
            freeTheHost();
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aCrawlDelayInRobotsTxtSpacesRequestsMore() {
        site.route("/robots.txt", Answer.of("text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        site.route("/news/d", Answer.html(ARTICLE));

        page("/news/d");

        // The portal's own delay is zero here; the site asked for a second.
        assertThatThrownBy(() -> fetcher.fetch(WebFetcher.Request.page(site.uri("/news/d"), Duration.ZERO)))
                .isInstanceOfSatisfying(FetchException.class, busy -> {
                    assertThat(busy.failure()).isEqualTo(Failure.BUSY);
                    assertThat(busy.retryAfter()).isGreaterThan(Duration.ofMillis(500));
                });
        freeTheHost();
    }

    private void freeTheHost() {
        jdbc.sql("update fetch_host set next_at = clock_timestamp() where host = '127.0.0.1'").update();
    }
}
