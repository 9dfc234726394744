package dev.parallax.web;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.compare.StoryComparison;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.OutletCoverage;
import dev.parallax.support.Stories;
import dev.parallax.support.TestArticles;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lists readers scan show each story's outlets, span, size and first summary line, from stored digests only. */
@IntegrationTest
class StoryListIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;
    @Autowired
    StoryComparisons comparisons;
    @Autowired
    JdbcClient jdbc;

    private long story(List<OutletCoverage.Report> reports) {
        List<Long> ids = new ArrayList<>();
        for (OutletCoverage.Report report : reports) {
            ids.add(ingestion.ingest(new IncomingDocument("report.txt", report.text().getBytes(StandardCharsets.UTF_8))).article().id());
        }
        return Stories.formedBy(articles, ids);
    }

    /** The item of GET /api/stories that is this story. */
    private Map<String, Object> listed(long storyId) throws Exception {
        String json = mvc.perform(get("/api/stories")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(json, "$[?(@.id == %d)]".formatted(storyId));
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void storiesCarryTheirOutletsTheirSpanAndTheirDigestsFirstLine() throws Exception {
        String a = "Gazette " + TestArticles.uniqueWord();
        String b = "Courier <" + TestArticles.uniqueWord() + "> & Sons";
        List<OutletCoverage.Report> reports = OutletCoverage.of(List.of(a, b, a), LocalDate.of(2024, 3, 26));
        long storyId = story(reports);
        StoryComparison comparison = comparisons.of(storyId);
        assertThat(comparison.digest().agreed()).as("the shared sentence is a digest line").isNotEmpty();
        String lead = comparison.digest().agreed().getFirst().text();

        Map<String, Object> item = listed(storyId);
        assertThat(item).containsEntry("articles", 3).containsEntry("summary", lead)
                .containsEntry("firstPublished", reports.get(0).published())
                .containsEntry("lastPublished", reports.get(2).published());
        assertThat((List<Object>) item.get("articleIds")).hasSize(3);
        assertThat((List<Object>) item.get("sources")).containsExactlyInAnyOrder(a, b);

        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains(lead.replace("&", "&amp;"))
                .contains("Courier &lt;").doesNotContain("Courier <")
                .contains(reports.get(0).published().substring(0, 10)).contains(reports.get(2).published().substring(0, 10));
    }

    @Test
    void aListNeverComputesAComparisonItShowsNoLineUntilOneOfTheStorysVersionIsStored() throws Exception {
        long storyId = story(OutletCoverage.of(List.of("Herald " + TestArticles.uniqueWord(), "Post " + TestArticles.uniqueWord()),
                LocalDate.of(2021, 6, 1)));
        String lead = comparisons.of(storyId).digest().agreed().getFirst().text();
        // What is stored is the comparison of the story before its last change, as while the new one is computed.
        jdbc.sql("update story_comparison set story_version = story_version - 1 where story_id = :id").param("id", storyId).update();
        Thread.sleep(1100); // versions read from the database are trusted this long
        String before = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(listed(storyId)).containsEntry("articles", 2).containsEntry("summary", null);
        assertThat(before).contains("/stories/" + storyId).doesNotContain(lead);
        assertThat(jdbc.sql("select story_version from story_comparison where story_id = :id").param("id", storyId)
                .query(Long.class).single()).as("listing computed no comparison").isEqualTo(((Number) listed(storyId).get("version")).longValue() - 1);

        jdbc.sql("update story_comparison set story_version = story_version + 1, computed_at = now() where story_id = :id")
                .param("id", storyId).update();
        Thread.sleep(1100);
        assertThat(listed(storyId)).containsEntry("summary", lead);
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString(lead)));
    }
}
