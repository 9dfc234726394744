package dev.parallax.web;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.Stories;
import dev.parallax.support.TestArticles;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RenderedPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    private long ingest(String name, String text) {
        return ingestion.ingest(new IncomingDocument(name, text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private double served(String outcome) {
        return meters.get("parallax.pages").tag("outcome", outcome).counter().count();
    }

    private MockHttpServletResponse page(String address) throws Exception {
        return mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void anUnchangedPageIsAnswered304WithoutRenderingAndOtherwiseServedFromTheCacheWithItsHeaders() throws Exception {
        long id = ingest("cache-test.txt", TestArticles.unique("Lighthouse Keeper Retires After Forty Years"));
        awaitStory(id); // the page's version changes once more when the article joins its story
        MockHttpServletResponse first = page("/articles/" + id);
        String etag = first.getHeader("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");

        double rendered = served("rendered");
        double cached = served("cached");
        MockHttpServletResponse again = page("/articles/" + id);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        assertThat(again.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'");
        assertThat(again.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(again.getContentType()).startsWith("text/html");
        assertThat(served("cached")).isEqualTo(cached + 1);
        assertThat(served("rendered")).isEqualTo(rendered);

        double notModified = served("not-modified");
        mvc.perform(get("/articles/" + id).header("If-None-Match", "\"other\", " + etag))
                .andExpect(status().isNotModified()).andExpect(header().string("ETag", etag));
        assertThat(served("not-modified")).isEqualTo(notModified + 1);
        assertThat(served("rendered")).isEqualTo(rendered);
    }

    @Test
    void aNewArticleChangesTheHomePageAndTheSearchPagesVersion() throws Exception {
        String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase();
        MockHttpServletResponse homeBefore = page("/");
        MockHttpServletResponse searchBefore = page("/search?q=" + word);
        assertThat(searchBefore.getContentAsString()).doesNotContain("Ferry Timetable " + word);

        ingest("cache-new.txt", TestArticles.unique("Ferry Timetable " + word + " Changes In Spring"));

        MockHttpServletResponse homeAfter = page("/");
        assertThat(homeAfter.getHeader("ETag")).isNotEqualTo(homeBefore.getHeader("ETag"));
        assertThat(homeAfter.getContentAsString()).contains("Ferry Timetable " + word);
        // A search sees the article once its index write is read; on a loaded machine that can outlast one request.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockHttpServletResponse searchAfter = page("/search?q=" + word);
            assertThat(searchAfter.getHeader("ETag")).isNotEqualTo(searchBefore.getHeader("ETag"));
            assertThat(searchAfter.getContentAsString()).contains("<mark>" + word);
        });
    }

    @Test
    void aStoryPageChangesWhenItsStoryGainsAnArticleAndCountsDistinctSources() throws Exception {
        String place = "Quorvath" + UUID.randomUUID().toString().substring(0, 6);
        long first = ingest("041_cache-story-a.txt", story(place, "The bridge at " + place + " closed on Monday after inspectors found cracks in two of its piers."));
        long second = ingest("041_cache-story-b.txt", story(place, "Inspectors closed the " + place + " bridge on Monday, citing cracks found in two piers."));
        long storyId = awaitStory(first);
        assertThat(awaitStory(second)).isEqualTo(storyId);
        MockHttpServletResponse before = page("/stories/" + storyId);
        assertThat(before.getContentAsString()).contains("2 articles from 1 outlet");

        long third = ingest("042_cache-story-c.txt", story(place, "The " + place + " bridge will stay closed while engineers repair cracks in two piers, officials said Monday."));
        assertThat(awaitStory(third)).isEqualTo(storyId);
        MockHttpServletResponse after = page("/stories/" + storyId);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        assertThat(after.getContentAsString()).contains("3 articles from 2 outlets");
    }

    @Test
    void pagesAreKeptByTheirParametersWhateverTheirOrder() throws Exception {
        MockHttpServletResponse one = mvc.perform(get("/search").param("q", "harbour").param("page", "0"))
                .andExpect(status().isOk()).andReturn().getResponse();
        MockHttpServletResponse other = mvc.perform(get("/search").param("q", "ferries"))
                .andExpect(status().isOk()).andReturn().getResponse();
        MockHttpServletResponse reordered = mvc.perform(get("/search").param("page", "0").param("q", "harbour"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(other.getHeader("ETag")).isNotEqualTo(one.getHeader("ETag"));
        assertThat(other.getContentAsString()).contains("value=\"ferries\"");
        assertThat(reordered.getHeader("ETag")).isEqualTo(one.getHeader("ETag"));
    }

    @Test
    void linksAreNotRewrittenByAResourceChainAndTheStylesheetAndApiUiAreStillServed() throws Exception {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
        mvc.perform(get("/css/parallax.css")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void pagesThatDoNotExistAreNotCached() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/stories/987654321")).andExpect(status().isNotFound())
                .andReturn().getResponse();
        assertThat(missing.getHeader("ETag")).isNull();
        mvc.perform(get("/compare?a=1&b=987654321")).andExpect(status().isNotFound());
    }

    private static String story(String place, String lead) {
        return "Bridge Closed At " + place + "\n" + lead + "\n"
                + "Drivers were told to use the ring road at " + place + ", adding twenty minutes to the journey into the centre.\n"
                + "The regional transport office said repairs to the " + place + " piers could take until the autumn.\n"
                + "Reference " + UUID.randomUUID() + ".";
    }

    private long awaitStory(long articleId) {
        return Stories.formedBy(articles, Duration.ofSeconds(15), List.of(articleId));
    }
}
