package dev.parallax.search;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleSummary;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What readers get never depends on how far background work has got: the spellings of a name are found as soon as
 * the article is searchable, on a portal that annotates nothing in the background.
 */
@IntegrationTest
@TestPropertySource(properties = {"parallax.test.database=on-demand", "parallax.annotation.background=false"})
class SpellingsAtIngestIntegrationTest {

    private static final Pattern ZELENSKY = Pattern.compile("Zelensk(?:yy|yi|iy|y|i)\\b");

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    CoverageSearch search;
    @Autowired
    ArticleCatalog catalog;
    @Autowired
    PassageIndex index;

    @Test
    void everySpellingOfANameIsFoundTheMomentItsArticlesAreIngested() {
        String place = "Harbour " + UUID.randomUUID().toString().substring(0, 8);
        long first = ingest("wojciechowski", "Mayor Wojciechowski ordered the evacuation of the lower town as the river rose.");
        long second = ingest("wojciechowsky", "The evacuation was a precaution, said Mayor Wojciechowsky on Friday.");
        long third = ingest("wojciechowskyi", "Residents thanked Mayor Wojciechowskyi for the sandbags at dawn.");

        for (String spelling : List.of("Wojciechowski", "Wojciechowsky", "Wojciechowskyi")) {
            assertThat(articles(spelling)).as(spelling + " at " + place).containsExactlyInAnyOrder(first, second, third);
        }
    }

    @Test
    void theSeedsNamingZelenskyAreFoundByEachSpellingRightAfterStart() {
        await().atMost(Duration.ofSeconds(60)).until(index::isReady);
        await().atMost(Duration.ofSeconds(60)).until(() -> catalog.all().size() >= 5);
        List<Long> naming = catalog.all().stream().map(ArticleSummary::id)
                .filter(id -> catalog.detail(id).blocks().stream().anyMatch(block -> ZELENSKY.matcher(block.text()).find()))
                .toList();
        assertThat(naming).hasSizeGreaterThanOrEqualTo(2);

        for (String spelling : List.of("Zelensky", "Zelenskyy")) {
            assertThat(articles(spelling)).as(spelling).containsExactlyInAnyOrderElementsOf(naming);
        }
    }

    private long ingest(String name, String sentence) {
        String text = """
                Floodwater Reaches The Lower Town
                %s
                Sandbag walls held along the quay, but the bakery on Mill Street was flooded to the counter.
                Reference %s was given to the notice.""".formatted(sentence, UUID.randomUUID());
        return ingestion.ingest(new IncomingDocument(name + ".txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private List<Long> articles(String query) {
        return search.search(new CoverageSearch.Request(query, 0, 50, null)).byArticle().stream()
                .map(SearchResults.ArticleHits::articleId).toList();
    }
}
