package dev.parallax.search;

import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A small story of our own: a flood in a river town, told by three outlets that spell the mayor differently. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageSearchIntegrationTest {

    @Autowired
    CoverageSearch search;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    MockMvc mvc;

    private long gazette;
    private long courier;

    @BeforeAll
    void ingestStory() {
        gazette = ingest("gazette_flood.txt", """
                ---
                title: Floodwater Reaches Brellington Square
                source: Brellington Gazette
                ---
                Mayor Wojciechowski ordered the evacuation of the lower town on Friday as the Quellbrook river rose.
                Sandbag walls held along the quay, but the bakery on Mill Street was flooded to the counter.
                "The water will speak for itself," the mayor told reporters at the town hall on Friday evening.
                Should towns build higher walls or move homes away from rivers?""");
        courier = ingest("courier_flood.txt", """
                ---
                title: Brellington Evacuates as River Rises
                source: Valley Courier
                ---
                Mayor Wojciechowsky said the evacuation of the lower town was a precaution, not a panic.
                Volunteers filled sandbags through the night while the Quellbrook kept rising past its banks.
                The council will meet on Monday to count the cost of the damage to the quay and the shops.""");
        ingest("echo_flood.txt", """
                ---
                title: Quellbrook Floods Lower Brellington
                source: Evening Echo
                ---
                Residents of the lower town spent the night in the school gym after the Quellbrook broke its banks.
                Mayor Wojciechowskyi visited the gym at dawn and promised that repairs would start within a week.
                Insurers said claims from the flooding could exceed two million pounds in the district alone.""");
        ingest("moore_flood.txt", """
                Governor Tamsin Moore Tours Haverwick
                Governor Tamsin Moore toured the flooded harbour at Haverwick on Saturday and met the lifeboat crews.
                Moore said the province would pay for new sea walls along the Tollmere estuary.""");
        ingest("more_rain.txt", """
                More Rain Expected in the Valley
                Forecasters said there was more rain to come over the Haverwick hills this week.
                Farmers moved more cattle to higher fields before the weekend.""");
    }

    private long ingest(String name, String text) {
        return ingestion.ingest(new IncomingDocument(name, text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private SearchResults find(String query) {
        return search.search(new CoverageSearch.Request(query, 0, 10, null));
    }

    private List<Long> articles(SearchResults results) {
        return results.byArticle().stream().map(SearchResults.ArticleHits::articleId).toList();
    }

    @Test
    void wordsAreAllRequiredAndStemmed() {
        SearchResults results = find("sandbag evacuations");

        assertThat(articles(results)).containsExactlyInAnyOrder(gazette, courier);
        assertThat(results.total()).isEqualTo(2);
    }

    @Test
    void oneSpellingOfANameFindsTheOthersTheCorpusHolds() {
        SearchResults results = find("Wojciechowski");

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.hits()).extracting(SearchResults.Hit::snippet)
                .anySatisfy(snippet -> assertThat(snippet).contains("<mark>Wojciechowsky</mark>"))
                .anySatisfy(snippet -> assertThat(snippet).contains("<mark>Wojciechowskyi</mark>"));
    }

    @Test
    void phrasesMatchExactlyAndAreHighlighted() {
        SearchResults results = find("\"speak for itself\"");

        assertThat(articles(results)).containsExactly(gazette);
        assertThat(results.hits().getFirst().snippet()).contains("<mark>speak for itself</mark>");
        assertThat(find("\"itself speak\"").total()).isZero();
    }

    @Test
    void orExclusionPrefixAndSourceFilterWork() {
        assertThat(articles(find("bakery OR insurers"))).hasSize(2);
        assertThat(articles(find("Quellbrook -sandbags"))).doesNotContain(gazette, courier).hasSize(1);
        assertThat(find("Brelling*").total()).isEqualTo(3);
        assertThat(articles(find("source:\"Valley Courier\" Quellbrook"))).containsExactly(courier);
        assertThat(articles(search.search(new CoverageSearch.Request("Quellbrook", 0, 10, "brellington gazette"))))
                .containsExactly(gazette);
    }

    @Test
    void facetsCountMatchingArticlesPerSourceWhateverSourceIsSelected() {
        SearchResults results = search.search(new CoverageSearch.Request("Quellbrook", 0, 10, "Valley Courier"));

        assertThat(results.facets().get("source")).extracting(SearchResults.FacetValue::value)
                .contains("Brellington Gazette", "Valley Courier", "Evening Echo");
        assertThat(results.facets().get("source")).allSatisfy(facet -> assertThat(facet.count()).isEqualTo(1));
    }

    @Test
    void aSelectedSourceBeyondTheMostFrequentIsShownWithItsCount() {
        for (int outlet = 1; outlet <= CoverageSearch.MAX_SOURCE_FACETS + 2; outlet++) {
            ingest("marrowfen_%02d.txt".formatted(outlet), """
                    ---
                    title: Marrowfen Ferry Report %1$d
                    source: Fen Outlet %1$02d
                    ---
                    The Marrowfen ferry ran %1$d crossings on Sunday while the causeway stayed closed.""".formatted(outlet));
        }
        ingest("marrowfen_extra.txt", """
                ---
                title: Marrowfen Ferry Timetable
                source: Fen Outlet 05
                ---
                The Marrowfen ferry keeps its winter timetable until the causeway opens again.""");

        SearchResults all = find("Marrowfen");
        SearchResults selected = search.search(new CoverageSearch.Request("Marrowfen", 0, 10, "fen outlet 22"));

        assertThat(all.total()).isEqualTo(CoverageSearch.MAX_SOURCE_FACETS + 3);
        assertThat(all.facets().get("source")).hasSize(CoverageSearch.MAX_SOURCE_FACETS)
                .startsWith(new SearchResults.FacetValue("Fen Outlet 05", 2), new SearchResults.FacetValue("Fen Outlet 01", 1))
                .doesNotContain(new SearchResults.FacetValue("Fen Outlet 22", 1));
        assertThat(selected.total()).isEqualTo(1);
        assertThat(selected.facets().get("source")).hasSize(CoverageSearch.MAX_SOURCE_FACETS + 1)
                .endsWith(new SearchResults.FacetValue("Fen Outlet 22", 1));
    }

    @Test
    void aNameIsNotMatchedByACommonWordSpelledLikeIt() {
        assertThat(find("Moore").total()).isEqualTo(1);
        assertThat(find("more").hits()).isNotEmpty()
                .noneSatisfy(hit -> assertThat(hit.snippet()).contains("<mark>Moore</mark>"));
    }

    @Test
    void aMisspellingThatSoundsTheSameStillFinds() {
        assertThat(find("Quelbrook").total()).isEqualTo(3);
    }

    @Test
    void aTypoFindsNothingButSuggestsTheWordTheIndexHas() {
        SearchResults results = find("evacuatoin");

        assertThat(results.total()).isZero();
        assertThat(results.suggestion()).isEqualTo("evacuation");
        assertThat(articles(find(results.suggestion()))).contains(gazette, courier);
    }

    @Test
    void discussionQuestionsAreSearchable() {
        SearchResults results = find("higher walls");

        assertThat(results.hits()).anySatisfy(hit -> assertThat(hit.kind()).isEqualTo("QUESTION"));
    }

    @Test
    void malformedQueriesNeverFail() {
        for (String query : List.of("\"unclosed", "AND", "OR OR", "(((", ")", "*", "a*", "?", "~", "^2", "source:",
                "field:value Quellbrook", "[a TO b]", "/regex/", "\\", "Quellbrook^", "--Quellbrook", "!!", "&&", "\u0000",
                "<script>alert(1)</script>", "Quellbrook AND", "NOT Quellbrook", "q".repeat(200), "\"\"")) {
            try {
                SearchResults results = find(query);
                long counted = results.facets().get("source").stream().mapToLong(SearchResults.FacetValue::count).sum();
                assertThat(results.total()).as(query).isEqualTo(counted);
                assertThat(results.hits()).as(query).allSatisfy(hit -> assertThat(hit.snippet()).doesNotContain("<script"));
            } catch (SearchRefusedException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void boundsAreRefusedClearlyOrClamped() {
        assertThatThrownBy(() -> find("")).isInstanceOf(SearchRefusedException.class);
        assertThatThrownBy(() -> find("x".repeat(CoverageSearch.MAX_QUERY_LENGTH + 1))).hasMessageContaining("characters");
        assertThatThrownBy(() -> find("w ".repeat(CoverageSearch.MAX_WORDS + 1))).hasMessageContaining("words");
        assertThatThrownBy(() -> search.search(new CoverageSearch.Request("Quellbrook", -1, 10, null)))
                .isInstanceOf(SearchRefusedException.class);
        assertThatThrownBy(() -> search.search(new CoverageSearch.Request("Quellbrook", 5000, 10, null)))
                .hasMessageContaining("first");
        assertThat(search.search(new CoverageSearch.Request("Quellbrook", 0, 9999, null)).size()).isEqualTo(CoverageSearch.MAX_PAGE_SIZE);
        assertThat(search.search(new CoverageSearch.Request("Quellbrook", 7, 10, null)).hits()).isEmpty();
    }

    @Test
    void hostileTextInSnippetsStaysEscaped() {
        ingest("hostile_flood.txt", """
                Tarnwick <script>alert('flood')</script> warning issued to every household in the harbour district tonight.
                The warning asked residents to move cars, pets and valuables upstairs before the next high tide arrives.""");

        SearchResults results = find("warning household");

        assertThat(results.hits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.snippet()).doesNotContain("<script>"))
                .anySatisfy(hit -> assertThat(hit.snippet()).contains("&lt;script&gt;"));
    }

    @Test
    void apiFollowsTheContractAndRefusesBadQueriesWithJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "Quellbrook").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("Quellbrook"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.hits[0].articleId").isNumber())
                .andExpect(jsonPath("$.hits[0].blockIndex").isNumber())
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
                .andExpect(jsonPath("$.facets.source[0].value").isString())
                .andExpect(jsonPath("$.suggestion").isEmpty());
        mvc.perform(get("/api/search").param("q", "")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(get("/api/search").param("q", "x").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "x").param("page", "abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void searchPageShowsResultsFacetsSuggestionAndKeepsTheQuery() throws Exception {
        mvc.perform(get("/search").param("q", "Quellbrook"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Quellbrook\"")))
                .andExpect(content().string(containsString("<mark>Quellbrook</mark>")))
                .andExpect(content().string(containsString("source=Valley%20Courier")))
                .andExpect(content().string(containsString("#block-")));
        mvc.perform(get("/search").param("q", "evacuatoin"))
                .andExpect(content().string(containsString("Did you mean")))
                .andExpect(content().string(containsString("/search?q=evacuation")));
        mvc.perform(get("/search").param("q", "x".repeat(300)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("limited to")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(containsString("Search the coverage")));
    }
}
