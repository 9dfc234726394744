package dev.parallax.annotation;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.background.ReadersFirst;
import dev.parallax.article.ArticleDetail;
import dev.parallax.ingest.ArticleIngested;
import dev.parallax.ingest.IngestCommand;
import dev.parallax.ingest.IngestionActivity;
import dev.parallax.text.ArticleAnnotator;
import dev.parallax.text.SentenceEmbeddings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Annotates articles in the background, in batches, so that ingestion never waits for the language models: woken
 * by each new article, and every half minute as a safety net. Each article is queued as it is stored, and work is
 * claimed in PostgreSQL (rows locked, skipping locked ones), so several portal processes share it and one that dies
 * leaves its batch to the others; an annotator of a newer version makes old annotations again the same way. Started
 * and stopped with the portal (not in the ingest command, nor with {@code parallax.annotation.background=false}), on
 * {@code parallax.annotation.threads} (one more than the cores) threads at the lowest priority that give way to
 * requests in flight before each article; while readers are being answered only the first thread works
 * ({@link ReadersFirst}).
 */
@Component
class AnnotationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnnotationWorker.class);
    private static final int BATCH = 25;
    private static final long POLL_SECONDS = 30;

    private final ArticleCatalog catalog;
    private final ArticleAnnotations annotations;
    private final AnnotationStore store;
    private final TransactionTemplate transactions;
    private final Semaphore wake = new Semaphore(0);
    private volatile List<Thread> workers;
    private final int threads;
    private final IngestionActivity ingestion;
    private final ReadersFirst readers;
    private final boolean command;
    private final Timer perArticle;

    private final boolean enabled;

    AnnotationWorker(ArticleCatalog catalog, ArticleAnnotations annotations, AnnotationStore store,
                     TransactionTemplate transactions, MeterRegistry meters, IngestionActivity ingestion,
                     ReadersFirst readers, ApplicationArguments arguments,
                     @Value("${parallax.annotation.background:true}") boolean enabled,
                     @Value("${parallax.annotation.threads:0}") int threads) {
        this.enabled = enabled;
        // One more than the cores: each thread waits on the database between articles, and only the first works
        // while readers are being answered.
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors() + 1;
        this.ingestion = ingestion;
        this.catalog = catalog;
        this.annotations = annotations;
        this.store = store;
        this.transactions = transactions;
        this.readers = readers;
        this.command = IngestCommand.isInvoked(arguments.getSourceArgs());
        this.perArticle = Timer.builder("parallax.annotation").description("Time to annotate one article")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Off, or in the command that ingests a folder, articles are annotated when an analysis first needs them. */
    @Override
    public boolean isAutoStartup() {
        return enabled && !command;
    }

    @Override
    public synchronized void start() {
        if (workers == null) {
            List<Thread> started = new ArrayList<>();
            for (int i = 1; i <= threads; i++) {
                boolean helper = i > 1;
                Thread worker = ReadersFirst.backgroundThreads("annotation-" + i).newThread(() -> work(helper));
                worker.start();
                started.add(worker);
            }
            workers = List.copyOf(started);
        }
    }

    /** Stops after the articles in hand; what is left is claimed again by the next start, here or on another node. */
    @Override
    public synchronized void stop() {
        List<Thread> running = workers;
        workers = null;
        if (running != null) {
            running.forEach(Thread::interrupt);
            try {
                for (Thread worker : running) {
                    worker.join(Duration.ofSeconds(10));
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return workers != null;
    }

    /** Runs inside the ingest's transaction: the job commits or rolls back with the article. */
    @EventListener
    void queue(ArticleIngested event) {
        store.queue(event.articleId());
    }

    // A wake-up on this node once the article is committed. The event publication registry records only module
    // listeners (spring.modulith.events.registry-trigger-annotation), so this needs no record: work is claimed
    // from the database.
    @TransactionalEventListener
    void on(ArticleIngested event) {
        wake.release();
    }

    /** Waits until nothing is left to annotate, or the time is up; for commands and tests. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (store.countOutdated(ArticleAnnotator.VERSION) > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            wake.release();
            Thread.sleep(50);
        }
        return true;
    }

    private void work(boolean helper) {
        // The language models load with the first article to annotate, not at start-up: a portal whose articles are
        // all annotated starts without them. The sentence model follows the first batch, before comparisons need it.
        boolean embeddingsLoaded = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                // While articles are arriving, annotation waits; once the work has waited half a minute it goes on,
                // batch after batch. Analyses that need an article meanwhile annotate it themselves.
                long waitingSince = System.nanoTime();
                boolean first = true;
                int annotated;
                do {
                    wake.drainPermits();
                    ingestion.awaitQuiet(waitingSince);
                    if (!first && threads > 1) {
                        wake.release(); // there was work: the other threads take their share
                    }
                    first = false;
                    annotated = annotateBatch(helper);
                    if (annotated > 0 && !embeddingsLoaded) {
                        SentenceEmbeddings.warmUp();
                        embeddingsLoaded = true;
                    }
                } while (annotated > 0);
                wake.tryAcquire(POLL_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                // Nothing is lost: what was not annotated is claimed again at the next round. A model that fails to
                // load is a LinkageError: the worker lives on and says so.
                log.warn("Could not annotate articles: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    /**
     * Annotates up to a batch of articles, each claimed, annotated and stored in a transaction of its own, so that
     * no lock is held longer than one article takes; the number done.
     */
    int annotateBatch(boolean helper) {
        int count = 0;
        for (int i = 0; i < BATCH; i++) {
            try {
                if (helper) {
                    readers.awaitReadersGone();
                } else {
                    readers.yieldToRequests();
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                break;
            }
            Boolean done = transactions.execute(status -> {
                List<Long> claimed = store.claimOutdated(ArticleAnnotator.VERSION, 1);
                for (ArticleDetail article : catalog.details(claimed)) {
                    try {
                        perArticle.record(() -> annotations.annotateAndStore(article));
                    } catch (ArticleAnnotations.AnnotationFailedException recorded) {
                        status.setRollbackOnly(); // recorded in a transaction of its own; the next claim skips it for a while
                    }
                }
                return !claimed.isEmpty();
            });
            if (!Boolean.TRUE.equals(done)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

}
