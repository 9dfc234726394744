package dev.parallax.story;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.text.TermVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two outlets on a dam failure in an invented valley, and one article on something else entirely. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryGroupingIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;
    @Autowired
    ArticleSimilarity similarity;
    @Autowired
    MockMvc mvc;
    @Autowired
    StoryGroupingWorker grouping;
    @Autowired
    JdbcClient jdbc;

    private long first;
    private long second;
    private long unrelated;

    @BeforeAll
    void ingest() {
        first = ingest("dam-post.txt", """
                Dam Fails Above Orvendale
                The Talvik dam above Orvendale gave way before dawn on Tuesday, sending floodwater through the lower valley.
                Governor Miriam Sorensky ordered the evacuation of 3,000 residents and said engineers had warned of cracks in March.
                “We were told the Talvik dam would hold for another decade,” Sorensky said at a briefing in Orvendale.
                Rescue crews reached the flooded villages of Brask and Hollin by boat.""");
        second = ingest("dam-tribune.txt", """
                Orvendale Flooded After Talvik Dam Collapse
                Floodwater from the collapsed Talvik dam swept through Orvendale and the villages of Brask and Hollin on Tuesday.
                Governor Sorenski said about 3,500 residents were evacuated from the valley overnight.
                “We were told the dam would hold for another ten years,” the governor told reporters in Orvendale.
                Engineers had reported cracks in the Talvik dam wall in March, according to regional officials.""");
        unrelated = ingest("chess.txt", """
                Chess Club Wins Regional Title
                The Kessington chess club won the regional championship on Saturday after a tense final round against Dunmore.
                Its youngest player, aged twelve, drew with the reigning champion in a four-hour endgame.
                The club meets every Thursday evening in the library and welcomes beginners of all ages.""");
        try {
            assertThat(grouping.awaitIdle(90, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long ingest(String name, String text) {
        return ingestion.ingest(new IncomingDocument(name, text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private Long storyOf(long articleId) {
        return articles.detail(articleId).summary().storyId();
    }

    @Test
    void theJobOfAnArticleRemovedBeforeItWasGroupedDoesNotWaitForever() throws InterruptedException {
        long removed = ingest("removed.txt", """
                Ferry Timetable Changes
                The Orsk harbour ferry will sail an hour later on Sundays from next month, its operator said on Friday.""");
        jdbc.sql("insert into story_grouping_job (article_id) values (:id) on conflict do nothing").param("id", removed).update();
        jdbc.sql("delete from article where id = :id").param("id", removed).update();

        assertThat(grouping.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void articlesAboutOneEventShareAStoryAndAnUnrelatedOneHasItsOwn() {
        assertThat(storyOf(first)).isNotNull().isEqualTo(storyOf(second));
        assertThat(storyOf(unrelated)).isNotNull().isNotEqualTo(storyOf(first));
    }

    @Test
    void aReportArrivingLaterFindsItsStoryThroughTheIndex() throws InterruptedException {
        long earlier = ingest("bridge-gazette.txt", """
                Harrow Bridge Closed After Barge Strike
                The Harrow bridge over the Lenne was closed on Monday after a grain barge struck its central pier.
                Inspectors found a crack in the pier and said the bridge would stay shut for at least three weeks.
                Commuters between Harrow and Stavely face a detour of forty minutes.""");
        assertThat(grouping.awaitIdle(90, TimeUnit.SECONDS)).isTrue();
        // Grouped on its own, later: no batch holds the earlier report, only the index does.
        long later = ingest("bridge-courier.txt", """
                Cracked Pier Keeps Harrow Bridge Shut
                A crack in the central pier of the Harrow bridge will keep it closed for weeks, inspectors said on Tuesday.
                The grain barge that struck the pier on Monday has been towed to Stavely.
                Drivers between Harrow and Stavely are sent on a long detour over the Lenne.""");
        assertThat(grouping.awaitIdle(90, TimeUnit.SECONDS)).isTrue();

        assertThat(storyOf(later)).isNotNull().isEqualTo(storyOf(earlier));
        // The neighbour's words as the index's term vectors hold them are the words of its stored text.
        TermVector fromIndex = similarity.session().neighbours(articles.detail(later), 10).get(earlier);
        TermVector fromText = similarity.session().vector(articles.detail(earlier));
        assertThat(fromIndex).isNotNull();
        assertThat(fromIndex.weights()).isEqualTo(fromText.weights());
    }

    @Test
    void aFollowUpMonthsLaterIsAStoryOfItsOwnButAReportTwoDaysOnJoinsTheEvent() throws InterruptedException {
        String report = """
                ---
                title: %s
                published: %s
                ---
                The Varno court ruled on %s that the Kelberg smelter must pay the Drava valley farmers for the poisoned river.
                Judge Anneke Rasmussen ordered the Kelberg smelter to pay compensation to 212 farmers in the Drava valley.
                “The Kelberg smelter knew the Drava was poisoned,” Rasmussen wrote in the Varno ruling.""";
        long ruling = ingest("ruling.txt", report.formatted("Varno court orders Kelberg smelter to pay farmers", "2025-03-04", "Tuesday"));
        long twoDaysOn = ingest("ruling-later.txt", report.formatted("Kelberg smelter to pay Drava farmers", "2025-03-06", "Tuesday"));
        long appeal = ingest("appeal.txt", """
                ---
                title: Kelberg smelter appeals Varno ruling on Drava farmers
                published: 2025-09-16
                ---
                The Kelberg smelter asked the Varno appeals court on Monday to overturn the ruling that it must pay the Drava valley farmers.
                Lawyers for the Kelberg smelter said Judge Anneke Rasmussen had wrongly found that it knew the Drava was poisoned.
                The 212 farmers of the Drava valley were in court in Varno to hear the Kelberg smelter's appeal.""");
        assertThat(grouping.awaitIdle(90, TimeUnit.SECONDS)).isTrue();

        assertThat(storyOf(twoDaysOn)).isNotNull().isEqualTo(storyOf(ruling));
        assertThat(storyOf(appeal)).isNotNull().isNotEqualTo(storyOf(ruling));
    }

    @Test
    void theThresholdSeparatesSameEventFromDifferentEventWithMargin() {
        Map<Long, TermVector> vectors = similarity.vectors(List.of(articles.detail(first), articles.detail(second),
                articles.detail(unrelated)));

        double sameEvent = vectors.get(first).cosine(vectors.get(second));
        double differentEvents = Math.max(vectors.get(first).cosine(vectors.get(unrelated)),
                vectors.get(second).cosine(vectors.get(unrelated)));

        assertThat(sameEvent).isGreaterThan(StoryGrouping.SAME_EVENT * 1.5);
        assertThat(differentEvents).isLessThan(StoryGrouping.SAME_EVENT / 2);
    }

    @Test
    void apiListsStoriesAndComparesThem() throws Exception {
        long story = storyOf(first);
        mvc.perform(get("/api/stories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) story)));
        mvc.perform(get("/api/stories/" + story + "/comparison"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles.length()").value(2))
                .andExpect(jsonPath("$.similarity[0].score").isNumber())
                .andExpect(jsonPath("$.numbers[?(@.label == 'residents')].agreement").value(hasItem("DIFFER")))
                .andExpect(jsonPath("$.quotes[0].variants.length()").value(2))
                .andExpect(jsonPath("$.entities[?(@.name == 'Miriam Sorensky')].variants[*]", hasItem("Sorenski")))
                .andExpect(jsonPath("$.unique").isArray());
        mvc.perform(get("/api/stories/987654")).andExpect(status().isNotFound());
        mvc.perform(get("/api/stories/987654/comparison")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("There is no story 987654."));
    }

    @Test
    void storyAndSideBySidePagesRender() throws Exception {
        long story = storyOf(first);
        mvc.perform(get("/stories/" + story))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who reports what")))
                .andExpect(content().string(containsString("Where they differ")))
                .andExpect(content().string(containsString("outlets differ")))
                .andExpect(content().string(containsString("/compare?a=")))
                .andExpect(content().string(containsString("#block-")));
        mvc.perform(get("/compare").param("a", Long.toString(first)).param("b", Long.toString(second)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side by side")))
                .andExpect(content().string(containsString("Rescue crews reached")));
        mvc.perform(get("/")).andExpect(content().string(containsString("/stories/" + story)));
    }
}
