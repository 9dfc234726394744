package dev.parallax.compare;

import dev.parallax.annotation.ArticleAnnotations;
import dev.parallax.article.AnalysisFailures;
import dev.parallax.article.ArticleDetail;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import dev.parallax.text.TermVector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article an analysis throws on is contained: recorded with what failed and how often, given up after a few
 * tries, shown as not analysed, and the rest of its story compared as usual. The annotator and the comparison are
 * replaced by ones that throw on a marked article, standing in for whatever real text might still break them.
 */
@IntegrationTest
@TestPropertySource(properties = {"parallax.test.database=failures", "parallax.annotation.background=false",
        "parallax.analysis.retry-pause=0s"})
@Import(AnalysisFailuresIntegrationTest.Breaking.class)
class AnalysisFailuresIntegrationTest {

    static final String BREAKS_ANNOTATION = "zqannotationbreaker";
    static final String BREAKS_COMPARISON = "zqcomparisonbreaker";

    @TestConfiguration(proxyBeanMethods = false)
    static class Breaking {

        @Bean
        ArticleAnnotations.Annotator breakingAnnotator() {
            return (articleId, paragraphs) -> {
                if (paragraphs.stream().anyMatch(p -> p.text().contains(BREAKS_ANNOTATION))) {
                    throw new IndexOutOfBoundsException("fromIndex = -1");
                }
                return ArticleAnnotator.annotate(articleId, paragraphs);
            };
        }

        @Bean
        @Primary
        ComparisonBuilder breakingComparisons() {
            return new ComparisonBuilder() {
                @Override
                StoryComparison build(long storyId, String title, List<ArticleDetail> articles,
                                      Map<Long, AnnotatedArticle> annotations, Map<Long, TermVector> vectors) {
                    if (articles.stream().anyMatch(a -> a.blocks().stream().anyMatch(b -> b.text().contains(BREAKS_COMPARISON)))) {
                        throw new IllegalStateException("comparison broke");
                    }
                    return super.build(storyId, title, articles, annotations, vectors);
                }
            };
        }
    }

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    StoryComparisons comparisons;
    @Autowired
    AnalysisFailures failures;
    @Autowired
    MockMvc mvc;

    private long ingest(String marker) {
        String text = """
                Harbour Ferry Halted For Three Weeks
                Mayor Ingrid Calloway said on Monday that the Orsk harbour ferry would stop for three weeks %s.
                “We will not leave the island cut off,” Calloway told reporters in Orsk, where 1,200 people live.
                Reference %s was given to the notice.""".formatted(marker, UUID.randomUUID());
        return ingestion.ingest(new IncomingDocument(marker + ".txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    @Test
    void anArticleTheAnnotatorThrowsOnIsLeftOutAndTheRestOfTheStoryIsCompared() throws Exception {
        long good = ingest("today");
        long other = ingest("again");
        long broken = ingest(BREAKS_ANNOTATION);

        for (int attempt = 1; attempt <= AnalysisFailures.MAX_TRIES; attempt++) {
            StoryComparison comparison = comparisons.ofArticles("Ferry", List.of(good, broken, other));
            assertThat(comparison.articles()).extracting(StoryComparison.ArticleRef::id).containsExactly(good, other);
            assertThat(comparison.notAnalysed()).extracting(StoryComparison.NotAnalysed::articleId).containsExactly(broken);
        }
        AnalysisFailures.Failure failure = failures.of(broken).getFirst();
        assertThat(failure.stage()).isEqualTo(AnalysisFailures.Stage.ANNOTATION);
        assertThat(failure.givenUp()).isTrue();
        assertThat(failure.tries()).isEqualTo(AnalysisFailures.MAX_TRIES);
        assertThat(failure.error()).contains("IndexOutOfBoundsException", "fromIndex = -1");

        // Given up: asked again, the annotator is not tried again.
        comparisons.ofArticles("Ferry", List.of(good, broken));
        assertThat(failures.of(broken).getFirst().tries()).isEqualTo(AnalysisFailures.MAX_TRIES);
        mvc.perform(get("/articles/{id}", broken)).andExpect(status().isOk())
                .andExpect(content().string(containsString("could not be analysed")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/actuator/health")
                        .with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.components.analysis.details.notAnalysed.annotation").value(greaterThanOrEqualTo(1))));
    }

    @Test
    void anArticleTheComparisonThrowsOnIsFoundLeftOutAndRecorded() {
        long good = ingest("north");
        long other = ingest("south");
        long breaking = ingest(BREAKS_COMPARISON);

        StoryComparison comparison = comparisons.ofArticles("Ferry", List.of(good, breaking, other));

        assertThat(comparison.articles()).extracting(StoryComparison.ArticleRef::id).containsExactly(good, other);
        assertThat(comparison.notAnalysed()).singleElement().satisfies(left -> {
            assertThat(left.articleId()).isEqualTo(breaking);
            assertThat(left.reason()).isEqualTo("comparison failed once");
        });
        assertThat(failures.of(breaking)).singleElement()
                .satisfies(failure -> assertThat(failure.error()).contains("IllegalStateException: comparison broke"));
    }
}
