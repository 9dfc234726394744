package dev.parallax.compare;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StorySummary;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.Stories;
import dev.parallax.support.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A story's comparison is stored under the story's version, and made again when the story changes. */
@IntegrationTest
class StoryComparisonsIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;
    @Autowired
    StoryCatalog stories;
    @Autowired
    StoryComparisons comparisons;
    @Autowired
    JdbcClient jdbc;

    private long ingest(String text) {
        return ingestion.ingest(new IncomingDocument("report.txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private long storyOf(long articleId) {
        return Stories.formedBy(articles, List.of(articleId));
    }

    private long storedVersion(long storyId) {
        return jdbc.sql("select story_version from story_comparison where story_id = :id").param("id", storyId)
                .query(Long.class).single();
    }

    @Test
    void aComparisonIsStoredForItsStoryVersionAndMadeAgainWhenTheStoryGainsAnArticle() {
        List<String> reports = TestEvents.invent(1, 3).getFirst().reports();
        long first = ingest(reports.get(0));
        long second = ingest(reports.get(1));
        long storyId = storyOf(first);
        assertThat(storyOf(second)).isEqualTo(storyId);

        StoryComparison before = comparisons.of(storyId);
        long versionBefore = stories.story(storyId).version();

        assertThat(before.articles()).extracting(StoryComparison.ArticleRef::id).containsExactlyInAnyOrder(first, second);
        assertThat(storedVersion(storyId)).isEqualTo(versionBefore);

        long third = ingest(reports.get(2));
        assertThat(storyOf(third)).isEqualTo(storyId);
        StorySummary grown = stories.story(storyId);
        StoryComparison after = comparisons.of(storyId);

        assertThat(grown.version()).isGreaterThan(versionBefore);
        assertThat(after.articles()).extracting(StoryComparison.ArticleRef::id).contains(third);
        assertThat(storedVersion(storyId)).isEqualTo(grown.version());
    }
}
