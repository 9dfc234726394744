package dev.parallax.article;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes new articles, in the caller's transaction: the article in one statement and its blocks in one batch (the
 * driver rewrites it into a single insert). An ingest knows everything it stores, so nothing is read back and no
 * entity is tracked; pages read articles through {@link ArticleCatalog}.
 */
@Component
public class ArticleStore {

    /** An article as parsed, ready to be stored. */
    public record NewArticle(String source, String origin, String title, boolean titleDerived, String url,
                             LocalDate publishedOn, String rawText, String contentHash, List<Block> blocks,
                             Instant ingestedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    // Sources are never deleted, so a name's id can be remembered for the life of the portal.
    private final Map<String, Long> sourceIds = new ConcurrentHashMap<>();

    ArticleStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Stores the article and its blocks; a text already stored fails the insert on its content hash
     * ({@link org.springframework.dao.DuplicateKeyException}).
     *
     * @return the article as pages show it, with its new id
     */
    public ArticleDetail insert(NewArticle article) {
        int wordCount = article.blocks().stream().mapToInt(block -> WordCount.of(block.getText())).sum();
        long id = jdbc.sql("""
                        insert into article (source_id, origin, title, title_derived, url, published_on, raw_text,
                                             content_hash, word_count, ingested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(sourceId(article.source()), article.origin(), article.title(), article.titleDerived(),
                        article.url(), article.publishedOn() == null ? null : Date.valueOf(article.publishedOn()),
                        article.rawText(), article.contentHash(), wordCount, Timestamp.from(article.ingestedAt()))
                .query(Long.class).single();
        List<Block> blocks = article.blocks();
        batches.batchUpdate("insert into block (article_id, position, kind, text) values (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int position) throws SQLException {
                        statement.setLong(1, id);
                        statement.setInt(2, position);
                        statement.setString(3, blocks.get(position).getKind().name());
                        statement.setString(4, blocks.get(position).getText());
                    }

                    @Override
                    public int getBatchSize() {
                        return blocks.size();
                    }
                });
        var summary = new ArticleSummary(id, article.origin(), article.source(), article.title(), article.titleDerived(),
                wordCount);
        return ArticleDetail.of(summary, article.url(), article.publishedOn(), blocks);
    }

    private long sourceId(String name) {
        Long known = sourceIds.get(name);
        if (known != null) {
            return known;
        }
        // Safe to race: a concurrent ingest may create the same source first.
        jdbc.sql("insert into source (name) values (?) on conflict (name) do nothing").param(name).update();
        long id = jdbc.sql("select id from source where name = ?").param(name).query(Long.class).single();
        // Remember it only once committed: other transactions must be able to see it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sourceIds.putIfAbsent(name, id);
            }
        });
        return id;
    }
}
