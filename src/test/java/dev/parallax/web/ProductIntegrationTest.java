package dev.parallax.web;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a news portal offers beyond its pages: feeds, discovery, API docs, the admin's upload, safe headers. */
@IntegrationTest
class ProductIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void atomFeedsParseAndListArticlesAndStories() throws Exception {
        for (String feed : new String[]{"/feeds/articles.atom", "/feeds/stories.atom"}) {
            String xml = mvc.perform(get(feed)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                    .andReturn().getResponse().getContentAsString();
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(xml));
            assertThat(parsed.getEntries()).isNotEmpty();
            assertThat(parsed.getEntries().getFirst().getLink()).contains(feed.contains("articles") ? "/articles/" : "/stories/");
        }
    }

    @Test
    void browsersAndCrawlersFindSearchAndEveryPage() throws Exception {
        mvc.perform(get("/opensearch.xml")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/search?q={searchTerms}")));
        // The seeds' story forms in the background a moment after start-up.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/stories/"))));
        mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/articles/1</loc>")))
                .andExpect(content().string(containsString("/outlets</loc>")))
                .andExpect(content().string(containsString("/outlets/000</loc>")))
                .andExpect(content().string(containsString("/stories/")));
        mvc.perform(get("/")).andExpect(content().string(containsString("application/opensearchdescription+xml")))
                .andExpect(content().string(containsString("application/atom+xml")));
    }

    @Test
    void apiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/search")))
                .andExpect(content().string(containsString("/api/stories/{id}/comparison")))
                .andExpect(content().string(containsString("/api/questions")))
                .andExpect(content().string(containsString("/api/outlets")));
    }

    @Test
    void pagesCarrySecurityHeadersAndETags() throws Exception {
        mvc.perform(get("/")).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
        String etag = mvc.perform(get("/articles/1")).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/articles/1").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void uploadPageNeedsTheAdminAndACsrfTokenAndReportsEachText() throws Exception {
        mvc.perform(get("/admin/upload")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        var good = new MockMultipartFile("files", "tram.txt", "text/plain", TestArticles.unique("Tram Depot Opens").getBytes());
        var bad = new MockMultipartFile("files", "photo.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0});

        mvc.perform(multipart("/admin/upload").file(good).file(bad).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/upload").file(good).file(bad).param("text", "").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Added as")))
                .andExpect(content().string(containsString("Tram Depot Opens")))
                .andExpect(content().string(containsString("Refused: This looks like a binary file")));
        mvc.perform(multipart("/admin/upload").file(good).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(content().string(containsString("Already there as")));
    }
}
