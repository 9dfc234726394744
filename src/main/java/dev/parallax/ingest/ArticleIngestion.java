package dev.parallax.ingest;

import dev.parallax.article.Article;
import dev.parallax.article.ArticleRepository;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.SourceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns incoming bytes into a stored article, once: checks and parses outside the transaction, stores in one,
 * and announces the new article with {@link ArticleIngested} so that other features can react after commit.
 */
@Service
public class ArticleIngestion {

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final DocumentDecoder decoder;
    private final ArticleReader reader = new ArticleReader();
    private final Clock clock;

    ArticleIngestion(ArticleRepository articles, SourceRepository sources, ApplicationEventPublisher events,
                     TransactionTemplate transactions, IngestionProperties properties) {
        this.articles = articles;
        this.sources = sources;
        this.events = events;
        this.transactions = transactions;
        this.decoder = new DocumentDecoder(properties.maxArticleBytes());
        this.clock = Clock.systemUTC();
    }

    /** Ingests one text; throws {@link IngestionRefusedException} when it is not an article Parallax can read. */
    public IngestionOutcome ingest(IncomingDocument document) {
        String text = decoder.decode(document.bytes());
        String hash = sha256(document.bytes());
        Optional<IngestionOutcome> existing = existing(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        ParsedArticle parsed = reader.read(text, document.origin());
        try {
            return transactions.execute(status -> store(document.origin(), text, hash, parsed));
        } catch (DataIntegrityViolationException raced) {
            // The same text arrived twice at once and the other ingest committed first.
            return existing(hash).orElseThrow(() -> raced);
        }
    }

    public long maxArticleBytes() {
        return decoder.maxBytes();
    }

    private IngestionOutcome store(String origin, String text, String hash, ParsedArticle parsed) {
        Article article = articles.save(new Article(sources.findOrCreate(parsed.source()), origin, parsed.title(),
                parsed.titleDerived(), parsed.url(), parsed.published(), text, hash, parsed.blocks(), clock.instant()));
        articles.flush();
        events.publishEvent(new ArticleIngested(article.getId()));
        return new IngestionOutcome(ArticleSummary.of(article), true);
    }

    private Optional<IngestionOutcome> existing(String hash) {
        return articles.findSummaryByContentHash(hash).map(summary -> new IngestionOutcome(summary, false));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
