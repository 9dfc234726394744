package dev.parallax.annotation;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import dev.parallax.text.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Annotations are made once, stored with their annotator's version, and made again when that version rises. */
@IntegrationTest
class ArticleAnnotationsIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog catalog;
    @Autowired
    ArticleAnnotations annotations;
    @Autowired
    AnnotationWorker worker;
    @Autowired
    JdbcClient jdbc;

    private long ingest() {
        String text = """
                Harbour Ferry Halted
                Mayor Ingrid Calloway said on Monday that the Orsk harbour ferry would stop for three weeks.
                “We will not leave the island cut off,” Calloway told reporters in Orsk.
                Reference %s was given to the notice.""".formatted(UUID.randomUUID());
        return ingestion.ingest(new IncomingDocument("ferry.txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private Integer storedVersion(long articleId) {
        return jdbc.sql("select version from article_annotation where article_id = :id").param("id", articleId)
                .query(Integer.class).optional().orElse(null);
    }

    @Test
    void annotationRunsOnItsBoundedThreadsAtTheLowestPriority() {
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> thread.getName().startsWith("annotation-"))
                .hasSize(Runtime.getRuntime().availableProcessors() + 1)
                .allSatisfy(thread -> assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY));
    }

    @Test
    void aNewArticleIsAnnotatedInTheBackground() throws InterruptedException {
        long id = ingest();

        assertThat(worker.awaitIdle(60, TimeUnit.SECONDS)).isTrue();

        assertThat(storedVersion(id)).isEqualTo(ArticleAnnotator.VERSION);
        assertThat(jdbc.sql("select count(*) from annotation_job where article_id = :id").param("id", id)
                .query(Long.class).single()).as("the article's job, done").isZero();
    }

    @Test
    void anAnnotationMadeByAnOlderAnnotatorIsMadeAgain() throws InterruptedException {
        long id = ingest();
        assertThat(worker.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
        jdbc.sql("update article_annotation set version = 0, annotation = cast('{}' as jsonb) where article_id = :id")
                .param("id", id).update();

        assertThat(worker.awaitIdle(60, TimeUnit.SECONDS)).isTrue();

        assertThat(storedVersion(id)).isEqualTo(ArticleAnnotator.VERSION);
        AnnotatedArticle annotation = annotations.of(catalog.detail(id));
        assertThat(annotation.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("Ingrid Calloway");
            assertThat(entity.type()).isEqualTo(EntityType.PERSON);
        });
    }

    @Test
    void anAnalysisThatMeetsAnArticleNotYetAnnotatedAnnotatesItAndKeepsTheResult() {
        long id = ingest();
        jdbc.sql("delete from article_annotation where article_id = :id").param("id", id).update();

        AnnotatedArticle annotation = annotations.of(catalog.detail(id));

        assertThat(annotation.blocks()).flatExtracting(block -> block.quotes()).singleElement()
                .satisfies(quote -> assertThat(annotation.speakerOf(quote)).isEqualTo("Ingrid Calloway"));
        assertThat(storedVersion(id)).isEqualTo(ArticleAnnotator.VERSION);
    }
}
