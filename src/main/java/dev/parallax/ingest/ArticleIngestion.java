package dev.parallax.ingest;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleStore;
import dev.parallax.article.ArticleStore.NewArticle;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns incoming bytes into a stored article, once: checks and parses outside the transaction, stores in one,
 * and announces the new article with {@link ArticleIngested} inside it, so that other features can add to the same
 * transaction or react after its commit.
 */
@Service
public class ArticleIngestion {

    private final ArticleStore store;
    private final ArticleCatalog catalog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final DocumentDecoder decoder;
    private final ArticleReader reader = new ArticleReader();
    private final Clock clock;
    private final MeterRegistry meters;
    private final IngestionActivity activity;

    ArticleIngestion(ArticleStore store, ArticleCatalog catalog, ApplicationEventPublisher events,
                     TransactionTemplate transactions, IngestionProperties properties, MeterRegistry meters,
                     IngestionActivity activity) {
        this.meters = meters;
        this.activity = activity;
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.transactions = transactions;
        this.decoder = new DocumentDecoder(properties.maxArticleBytes());
        this.clock = Clock.systemUTC();
    }

    /** Ingests one text; throws {@link IngestionRefusedException} when it is not an article Parallax can read. */
    public IngestionOutcome ingest(IncomingDocument document) {
        return store(prepare(document));
    }

    /** What became of one of several texts: its outcome, or why it was refused. */
    public record Result(IngestionOutcome outcome, IngestionRefusedException refusal) {
    }

    /**
     * Ingests several texts in order, each as {@link #ingest} does and in its own transaction, with one look-up for
     * those already stored; a refused text stops no other, and a text sent twice is stored once.
     */
    public List<Result> ingestAll(List<IncomingDocument> documents) {
        List<String> hashes = documents.stream().map(document -> sha256(document.bytes())).toList();
        Map<String, IngestionOutcome> stored = new HashMap<>();
        catalog.withContentHashes(hashes).forEach((hash, summary) -> stored.put(hash, new IngestionOutcome(summary, false)));
        List<Result> results = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String hash = hashes.get(i);
            try {
                results.add(new Result(store(prepare(documents.get(i), hash, Optional.ofNullable(stored.get(hash))), stored), null));
            } catch (IngestionRefusedException refused) {
                results.add(new Result(null, refused));
            }
        }
        return results;
    }

    private void count(String outcome) {
        meters.counter("parallax.ingest", "outcome", outcome).increment();
    }

    /**
     * A text checked and parsed, not yet stored: the half of ingestion that may run in parallel (mostly CPU: one
     * look-up of its hash comes first, so a text already stored is not read again and carries what it was stored
     * as instead).
     */
    record Prepared(String origin, String text, String hash, ParsedArticle parsed, IngestionOutcome alreadyStored) {
    }

    Prepared prepare(IncomingDocument document) {
        String hash = sha256(document.bytes());
        return prepare(document, hash, existing(hash));
    }

    private Prepared prepare(IncomingDocument document, String hash, Optional<IngestionOutcome> stored) {
        activity.arrived();
        if (stored.isPresent()) {
            return new Prepared(document.origin(), null, hash, null, stored.get());
        }
        try {
            String text = decoder.decode(document.bytes());
            return new Prepared(document.origin(), text, hash, reader.read(text, document.origin()), null);
        } catch (IngestionRefusedException refused) {
            count("refused");
            throw refused;
        }
    }

    /** Stores a prepared text unless the same text is already there. */
    IngestionOutcome store(Prepared prepared) {
        if (prepared.alreadyStored() != null) {
            count("duplicate");
            return prepared.alreadyStored();
        }
        try {
            IngestionOutcome added = transactions.execute(status -> insert(prepared.origin(), prepared.text(), prepared.hash(), prepared.parsed()));
            count("added");
            return added;
        } catch (DataIntegrityViolationException raced) {
            // The same text was stored since it was prepared, by another ingest at the same moment.
            IngestionOutcome stored = existing(prepared.hash()).orElseThrow(() -> raced);
            count("duplicate");
            return stored;
        }
    }

    /**
     * Stores one of several texts ingested in order: a text the database or an earlier one of them already holds is
     * that article's duplicate, without a second try at storing it. The map, the caller's, remembers them by hash.
     */
    IngestionOutcome store(Prepared prepared, Map<String, IngestionOutcome> storedByHash) {
        IngestionOutcome earlier = storedByHash.get(prepared.hash());
        if (earlier != null) {
            count("duplicate");
            return earlier;
        }
        IngestionOutcome outcome = store(prepared);
        storedByHash.put(prepared.hash(), new IngestionOutcome(outcome.article(), false));
        return outcome;
    }

    public long maxArticleBytes() {
        return decoder.maxBytes();
    }

    private IngestionOutcome insert(String origin, String text, String hash, ParsedArticle parsed) {
        ArticleStore.Stored stored = store.insert(new NewArticle(parsed.source(), origin, parsed.title(),
                parsed.titleDerived(), parsed.url(), parsed.published(), text, hash, parsed.blocks(), clock.instant()));
        events.publishEvent(new ArticleIngested(stored.article(), stored.transaction()));
        return new IngestionOutcome(stored.article().summary(), true);
    }

    private Optional<IngestionOutcome> existing(String hash) {
        return Optional.ofNullable(catalog.withContentHashes(List.of(hash)).get(hash))
                .map(summary -> new IngestionOutcome(summary, false));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
