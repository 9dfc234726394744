package dev.parallax.ingest;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleStore;
import dev.parallax.article.ArticleStore.NewArticle;
import dev.parallax.fetch.WebAddress;
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
    record Prepared(String origin, String text, String hash, ParsedArticle parsed, String textHash,
                    List<String> addresses, IngestionOutcome alreadyStored) {
    }

    Prepared prepare(IncomingDocument document) {
        String hash = sha256(document.bytes());
        return prepare(document, hash, existing(hash));
    }

    private Prepared prepare(IncomingDocument document, String hash, Optional<IngestionOutcome> stored) {
        activity.arrived();
        if (stored.isPresent()) {
            return new Prepared(document.origin(), null, hash, null, null, List.of(), stored.get());
        }
        try {
            String text = decoder.decode(document.bytes());
            return parsed(document.origin(), text, hash, reader.read(text, document.origin()), List.of());
        } catch (IngestionRefusedException refused) {
            count("refused");
            throw refused;
        }
    }

    /**
     * Ingests a page fetched from its address: read from its HTML as fetched (its address resolving its links and
     * naming its outlet when the page does not), stored as that HTML without its scripts, styles and comments, and
     * known from then on by its canonical address, the address asked for and the address redirects ended at.
     */
    public IngestionOutcome ingestPage(FetchedPage page) {
        activity.arrived();
        String html = PageText.withoutScripts(page.html(), page.address());
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String origin = page.requested().toString();
        Prepared prepared;
        try {
            decoder.decode(bytes); // the same limits as any text: size, not binary
            ParsedArticle parsed = reader.read(html, origin, page.address(),
                    page.publishedHint() == null ? null : PublishedTime.of(page.publishedHint().atOffset(java.time.ZoneOffset.UTC)));
            List<String> addresses = new ArrayList<>();
            addresses.add(WebAddress.key(page.requested()));
            addresses.add(WebAddress.key(page.address()));
            prepared = parsed(origin, html, sha256(bytes), parsed, addresses);
        } catch (IngestionRefusedException refused) {
            count("refused");
            throw refused;
        }
        return store(prepared);
    }

    /** A text read: its duplicate, if the same text or the same canonical address is stored already. */
    private Prepared parsed(String origin, String text, String hash, ParsedArticle parsed, List<String> fetchedFrom) {
        meters.counter("parallax.extraction", "method", parsed.extraction().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        String textHash = textHash(parsed);
        List<String> addresses = new ArrayList<>();
        if (parsed.url() != null && WebAddress.key(parsed.url()) != null) {
            addresses.add(WebAddress.key(parsed.url()));
        }
        fetchedFrom.stream().filter(java.util.Objects::nonNull).filter(address -> !addresses.contains(address))
                .forEach(addresses::add);
        Optional<IngestionOutcome> duplicate = existing(hash, textHash, addresses);
        return new Prepared(origin, text, hash, parsed, textHash, addresses, duplicate.orElse(null));
    }

    /**
     * The hash of an article's text as read, blocks and their kinds, in a form that ignores spacing and case: the same
     * article sent again in other bytes (another fetch of its page, a copy with other line endings) is the same text.
     */
    static String textHash(ParsedArticle parsed) {
        StringBuilder text = new StringBuilder();
        for (var block : parsed.blocks()) {
            text.append(block.getKind().name()).append('\u001F')
                    .append(java.text.Normalizer.normalize(block.getText(), java.text.Normalizer.Form.NFKC)
                            .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT))
                    .append('\u001E');
        }
        return sha256(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Stores a prepared text unless the same text is already there. */
    IngestionOutcome store(Prepared prepared) {
        if (prepared.alreadyStored() != null) {
            count("duplicate");
            return prepared.alreadyStored();
        }
        try {
            IngestionOutcome added = transactions.execute(status -> insert(prepared));
            count("added");
            return added;
        } catch (DataIntegrityViolationException raced) {
            // The same text or address was stored since it was prepared, by another ingest at the same moment.
            IngestionOutcome stored = existing(prepared.hash(), prepared.textHash(), prepared.addresses())
                    .orElseThrow(() -> raced);
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

    private IngestionOutcome insert(Prepared prepared) {
        ParsedArticle parsed = prepared.parsed();
        java.time.Instant publishedAt = parsed.publishedAt() == null ? null
                : parsed.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ArticleStore.Stored stored = store.insert(new NewArticle(parsed.source(), prepared.origin(), parsed.title(),
                parsed.titleDerived(), parsed.url(), parsed.published(), publishedAt, parsed.author(), parsed.language(),
                parsed.extraction().name(), prepared.text(), prepared.hash(), prepared.textHash(), prepared.addresses(),
                parsed.blocks(), clock.instant()));
        events.publishEvent(new ArticleIngested(stored.article(), stored.transaction()));
        return new IngestionOutcome(stored.article().summary(), true);
    }

    private Optional<IngestionOutcome> existing(String hash) {
        return Optional.ofNullable(catalog.withContentHashes(List.of(hash)).get(hash))
                .map(summary -> new IngestionOutcome(summary, false));
    }

    /** The article stored with the same bytes, the same text, or at one of the same addresses. */
    private Optional<IngestionOutcome> existing(String hash, String textHash, List<String> addresses) {
        Optional<IngestionOutcome> same = existing(hash);
        if (same.isEmpty() && textHash != null) {
            same = catalog.withTextHash(textHash).map(summary -> new IngestionOutcome(summary, false));
        }
        if (same.isEmpty() && !addresses.isEmpty()) {
            same = catalog.atAddresses(addresses).values().stream().findFirst()
                    .map(summary -> new IngestionOutcome(summary, false));
        }
        return same;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
