package dev.parallax.article;

import dev.parallax.article.ArticleStore.NewArticle;
import dev.parallax.ingest.ArticleIngested;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An ingest announces the article as it wrote it, without reading it back: what it announces (and the index is
 * built from) must be what the database then gives every page.
 */
@IntegrationTest
@RecordApplicationEvents
class ArticleStoreIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ArticleStore store;

    @Test
    void whatAnIngestAnnouncesIsWhatIsStored() {
        String source = "Harbour Gazette " + UUID.randomUUID();
        String text = """
                ---
                title: Pier closes for repairs after divers find corrosion
                source: %s
                url: https://example.org/news/pier-repairs
                published: 2026-03-14
                ---
                The harbour authority confirmed on Monday that the northern pier will close for repairs next month.

                Officials said ferries would use the southern pier instead and that delays of ten minutes were likely.

                Will the repairs finish before the summer season?
                """.formatted(source);
        Instant before = Instant.now();

        long id = ingestion.ingest(new IncomingDocument("pier.md", text.getBytes(StandardCharsets.UTF_8))).article().id();

        ArticleDetail stored = catalog.detail(id);
        ArticleDetail announced = events.stream(ArticleIngested.class).filter(event -> event.articleId() == id)
                .findFirst().orElseThrow().article();
        assertThat(announced).isEqualTo(stored.withStoryId(null)); // the story comes later
        assertThat(stored.summary().source()).isEqualTo(source);
        assertThat(stored.summary().url()).isEqualTo("https://example.org/news/pier-repairs");
        assertThat(stored.publishedOn()).isEqualTo("2026-03-14");
        assertThat(stored.summary().wordCount()).isPositive();
        assertThat(stored.blocks()).extracting(ArticleDetail.BlockView::kind).contains(BlockKind.TITLE, BlockKind.QUESTION);
        Instant ingestedAt = jdbc.sql("select ingested_at from article where id = ?").param(id)
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(ingestedAt).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(jdbc.sql("select raw_text from article where id = ?").param(id).query(String.class).single()).isEqualTo(text);
    }

    @Test
    void aSecondArticleFromTheSameSourceJoinsIt() {
        String source = "Valley Courier " + UUID.randomUUID();
        long first = ingest(source, "Bridge reopens after a year of work on its northern span");
        long second = ingest(source, "Council approves new budget for road repairs across the valley");

        assertThat(catalog.detail(first).summary().source()).isEqualTo(source);
        assertThat(catalog.detail(second).summary().source()).isEqualTo(source);
        // The second found the source the first created (remembered, or looked up), not a source of its own.
        assertThat(jdbc.sql("select count(distinct source_id) from article where id in (?, ?)").params(first, second)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anArticleIsNeverStoredOutsideATransaction() {
        String hash = UUID.randomUUID().toString();
        NewArticle alone = new NewArticle("Lone Wire " + hash, "alone.txt", "Stored alone", false, null, null, null,
                null, null, "TEXT", "Stored alone.", hash, hash, List.of(), List.of(new Block(BlockKind.TITLE, "Stored alone")),
                Instant.now());

        assertThatThrownBy(() -> store.insert(alone)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("select count(*) from article where content_hash = ?").param(hash).query(Long.class).single()).isZero();
    }

    private long ingest(String source, String headline) {
        String text = "source: %s\n\n%s\n\nThe work was confirmed by officials on Monday, who said residents had been told in advance of it.\n"
                .formatted(source, headline);
        return ingestion.ingest(new IncomingDocument(headline + ".txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }
}
