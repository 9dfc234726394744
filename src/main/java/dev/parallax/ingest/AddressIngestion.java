package dev.parallax.ingest;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleStore;
import dev.parallax.article.ArticleSummary;
import dev.parallax.fetch.FetchProperties;
import dev.parallax.fetch.Fetched;
import dev.parallax.fetch.WebAddress;
import dev.parallax.fetch.WebFetcher;
import dev.parallax.ingest.IngestionRefusedException.Reason;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Adds the article at a web address: an address Parallax already knows (as an article's canonical address, or one an
 * article was fetched from) is answered with that article without being fetched; otherwise the page is fetched
 * politely ({@link WebFetcher}) and ingested, once, however many times and ways it is asked for.
 */
@Service
public class AddressIngestion {

    private final WebFetcher fetcher;
    private final ArticleIngestion ingestion;
    private final ArticleCatalog catalog;
    private final ArticleStore store;
    private final Duration personWait;

    AddressIngestion(WebFetcher fetcher, ArticleIngestion ingestion, ArticleCatalog catalog, ArticleStore store,
                     FetchProperties properties) {
        this.fetcher = fetcher;
        this.ingestion = ingestion;
        this.catalog = catalog;
        this.store = store;
        this.personWait = properties.maxWait();
    }

    /**
     * The address a person gave: checked, then fetched when its host's turn comes within {@code parallax.fetch.max-wait}.
     *
     * @throws dev.parallax.fetch.FetchException   when the address is refused or the site fails
     * @throws IngestionRefusedException           ({@link Reason#NO_ARTICLE}) when the page holds no article
     */
    public IngestionOutcome ingest(String typedAddress) {
        return ingest(fetcher.checkAddress(typedAddress), null, personWait);
    }

    /**
     * An address a program found (a feed's item), with what the feed says of its publication.
     *
     * @param maxWait how long to wait for the host's turn; past it, a {@link dev.parallax.fetch.FetchException} of
     *                failure BUSY that says when the turn comes
     */
    public IngestionOutcome ingest(URI address, Instant publishedHint, Duration maxWait) {
        Optional<ArticleSummary> known = known(address);
        if (known.isPresent()) {
            return new IngestionOutcome(known.get(), false);
        }
        Fetched fetched = fetcher.fetch(WebFetcher.Request.page(address, maxWait)
                .stoppingAt(target -> known(target).isPresent()));
        Optional<ArticleSummary> landed = known(fetched.finalAddress());
        if (landed.isPresent()) {
            // Redirected to an article Parallax has: the address asked for leads to it from now on, without a fetch.
            store.alsoKnownAs(landed.get().id(), List.of(WebAddress.key(address)));
            return new IngestionOutcome(landed.get(), false);
        }
        try {
            if (fetched.mediaType().equals("text/plain")) {
                return ingestion.ingest(new IncomingDocument(fetched.finalAddress().toString(),
                        fetched.text().getBytes(StandardCharsets.UTF_8)));
            }
            return ingestion.ingestPage(new FetchedPage(address, fetched.finalAddress(), fetched.text(), publishedHint));
        } catch (IngestionRefusedException refused) {
            throw new IngestionRefusedException(Reason.NO_ARTICLE, "The page at %s holds no article Parallax can read: %s"
                    .formatted(abbreviate(fetched.finalAddress().toString()), lowerFirst(refused.getMessage())));
        }
    }

    /** The article an address already leads to, if any. */
    public Optional<ArticleSummary> known(URI address) {
        String key = WebAddress.key(address);
        return key == null ? Optional.empty() : catalog.atAddresses(List.of(key)).values().stream().findFirst();
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
