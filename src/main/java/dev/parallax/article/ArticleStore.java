package dev.parallax.article;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes new articles, in the caller's transaction: the article in one statement and all its blocks in another (and
 * a source seen for the first time in two more). An ingest knows everything it stores, so nothing is read back and
 * no entity is tracked; pages read articles through {@link ArticleCatalog}.
 */
@Component
public class ArticleStore {

    /**
     * An article as parsed, ready to be stored.
     *
     * @param publishedAt when it was published, if the source gave the time too
     * @param textHash    the hash of its text as parsed: the same article in other bytes has the same one
     * @param addresses   the addresses it is known by, as {@code WebAddress.key} writes them: its canonical
     *                    {@code url}, the address it was fetched from, the one redirects ended at; each leads to this
     *                    article only
     */
    public record NewArticle(String source, String origin, String title, boolean titleDerived, String url,
                             LocalDate publishedOn, Instant publishedAt, String author, String language,
                             String extraction, String rawText, String contentHash, String textHash,
                             List<String> addresses, List<Block> blocks, Instant ingestedAt) {
    }

    /** An article as stored, and the transaction that stored it, as the change log records it. */
    public record Stored(ArticleDetail article, String transaction) {
    }

    private record Inserted(long id, String transaction) {
    }

    private final JdbcClient jdbc;
    // Sources are never deleted, so a name's id can be remembered for the life of the portal.
    private final Map<String, Long> sourceIds = new ConcurrentHashMap<>();

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the article and its blocks, inside a transaction the caller began; a text already stored fails the
     * insert on its content hash ({@link org.springframework.dao.DuplicateKeyException}).
     *
     * @return the article as pages show it, with its new id, and the transaction's id
     */
    // Never on its own: the article would commit before its blocks, and a new source before its id is remembered.
    @Transactional(propagation = Propagation.MANDATORY)
    public Stored insert(NewArticle article) {
        int wordCount = article.blocks().stream().mapToInt(block -> WordCount.of(block.getText())).sum();
        Inserted inserted = jdbc.sql("""
                        insert into article (source_id, origin, title, title_derived, url, published_on, published_at,
                                             author, language, extraction, raw_text, content_hash, text_hash, word_count,
                                             ingested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id, cast(pg_current_xact_id() as text) as transaction
                        """)
                .params(sourceId(article.source()), article.origin(), article.title(), article.titleDerived(),
                        article.url(), article.publishedOn(),
                        article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC),
                        article.author(), article.language(), article.extraction(), article.rawText(),
                        article.contentHash(), article.textHash(), wordCount, article.ingestedAt().atOffset(ZoneOffset.UTC))
                .query(Inserted.class).single();
        long id = inserted.id();
        List<Block> blocks = article.blocks();
        jdbc.sql("""
                        insert into block (article_id, position, kind, text)
                        select ?, position - 1, kind, text
                        from unnest(cast(? as varchar[]), cast(? as text[])) with ordinality as b (kind, text, position)
                        """)
                .params(id, blocks.stream().map(block -> block.getKind().name()).toArray(String[]::new),
                        blocks.stream().map(Block::getText).toArray(String[]::new))
                .update();
        List<String> addresses = article.addresses().stream().distinct().toList();
        if (!addresses.isEmpty()) {
            // One address, one article: a second article claiming an address fails here, as a duplicate text does.
            jdbc.sql("insert into article_address (address, article_id) select unnest(cast(? as text[])), ?")
                    .params(addresses.toArray(String[]::new), id).update();
        }
        var summary = new ArticleSummary(id, article.origin(), article.source(), article.title(), article.titleDerived(),
                null, wordCount, article.url(), ArticleSummary.published(article.publishedAt(), article.publishedOn()));
        return new Stored(ArticleDetail.of(summary, article.publishedOn(), article.author(), article.language(),
                article.extraction(), blocks), inserted.transaction());
    }

    /**
     * Records more addresses that lead to a stored article (an address that redirected to it); an address that already
     * leads somewhere keeps leading there.
     */
    @Transactional
    public void alsoKnownAs(long articleId, java.util.Collection<String> addresses) {
        if (!addresses.isEmpty()) {
            jdbc.sql("""
                            insert into article_address (address, article_id)
                            select unnest(cast(? as text[])), ? on conflict (address) do nothing
                            """)
                    .params(addresses.stream().distinct().toArray(String[]::new), articleId).update();
        }
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
