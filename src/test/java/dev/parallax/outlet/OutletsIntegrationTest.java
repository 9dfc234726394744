package dev.parallax.outlet;

import com.jayway.jsonpath.JsonPath;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.compare.Digest;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.OutletCoverage;
import dev.parallax.support.Stories;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import java.net.URI;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outlets: what each covered and when, and what only it reported, from its stories' digests; bad names refused. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutletsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;
    @Autowired
    StoryComparisons comparisons;

    private final String first = "Zeitung für <b>Süd</b> & \"Co\" " + TestArticles.uniqueWord();
    private final String second = "Herald " + TestArticles.uniqueWord();
    private final String third = "Wire/Agency wire.example.org " + TestArticles.uniqueWord();
    private List<OutletCoverage.Report> reports;
    private final List<Long> ids = new ArrayList<>();
    private long storyId;

    @BeforeAll
    void coverage() {
        reports = OutletCoverage.of(List.of(first, second, third), LocalDate.of(2019, 9, 9));
        for (OutletCoverage.Report report : reports) {
            ids.add(ingestion.ingest(new IncomingDocument("report.txt", report.text().getBytes(StandardCharsets.UTF_8))).article().id());
        }
        storyId = Stories.formedBy(articles, ids);
    }

    /** An outlet's address as the pages link it: its name's slashes as written, everything else encoded. */
    private static URI at(String prefix, String source) {
        return URI.create(prefix + UriUtils.encodePath(source, StandardCharsets.UTF_8));
    }

    /** Text as the pages write it: markup characters escaped, letters as they are. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String json(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theListGivesEachOutletItsArticlesStoriesAndSpan() throws Exception {
        List<Map<String, Object>> listed = JsonPath.read(json("/api/outlets"), "$[?(@.source == '%s')]".formatted(second));
        assertThat(listed).singleElement().satisfies(outlet -> assertThat(outlet)
                .containsEntry("articles", 1).containsEntry("stories", 1)
                .containsEntry("firstPublished", reports.get(1).published()).containsEntry("lastPublished", reports.get(1).published()));
        String page = mvc.perform(get("/outlets")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(escaped(first)).doesNotContain("<b>Süd</b>").contains(second);
    }

    @Test
    void anOutletShowsWhatItCoveredAndWhatOnlyItReported() throws Exception {
        Digest digest = comparisons.of(storyId).digest();
        List<String> onlyFirst = digest.onlyOne().stream().filter(line -> line.articleId() == ids.get(0)).map(Digest.Only::text).toList();
        assertThat(onlyFirst).as("the first report's figures are its own").isNotEmpty();

        String one = mvc.perform(get(at("/api/outlets/", first))).andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value(first)).andExpect(jsonPath("$.articles").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(one, "$.articleIds")).extracting(Number::longValue).containsExactly(ids.get(0));
        assertThat(JsonPath.<List<Number>>read(one, "$.storyIds")).extracting(Number::longValue).containsExactly(storyId);
        assertThat(JsonPath.<List<String>>read(one, "$.onlyHere[*].text")).isEqualTo(onlyFirst);
        assertThat(JsonPath.<List<Number>>read(one, "$.onlyHere[*].storyId")).extracting(Number::longValue).containsOnly(storyId);
        mvc.perform(get(at("/api/outlets/", third))).andExpect(status().isOk()).andExpect(jsonPath("$.source").value(third));
        String other = mvc.perform(get(at("/api/outlets/", second))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(other, "$.onlyHere[*].text")).isEqualTo(digest.onlyOne().stream()
                .filter(line -> line.articleId() == ids.get(1)).map(Digest.Only::text).toList());

        String page = mvc.perform(get(at("/outlets/", first))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>" + escaped(first) + "</h1>")
                .contains(escaped(onlyFirst.getFirst()))
                .contains("href=\"/stories/" + storyId + "\"").contains("href=\"/articles/" + ids.get(0) + "\"");
    }

    @Test
    void unknownOutletsAndImpossibleNamesAreAnsweredPlainly() throws Exception {
        mvc.perform(get(at("/api/outlets/", "No such outlet " + TestArticles.uniqueWord()))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("There is no outlet named")));
        mvc.perform(get(at("/outlets/", "<script>alert(1)</script>"))).andExpect(status().isNotFound());
        mvc.perform(get(at("/api/outlets/", "bad\u0001name"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("control characters")));
        mvc.perform(get(at("/api/outlets/", "x".repeat(OutletNames.MAX_LENGTH + 1)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("at most")));
        mvc.perform(get(at("/outlets/", "bad\u0001name"))).andExpect(status().isBadRequest());
    }
}
