package dev.parallax.story;

import dev.parallax.background.ReadersFirst;
import dev.parallax.ingest.ArticleIngested;
import dev.parallax.ingest.IngestionActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Groups new articles into stories in the background, on every node, with the work done once. Each ingested
 * article becomes a grouping job written in the ingest's own transaction, so no stored article is ever without
 * one, whatever fails or dies afterwards. A worker thread on each node groups waiting jobs in batches whenever it
 * holds the cluster-wide grouping lock, at the lowest priority and giving way to requests in flight before each batch.
 * A command (no web server) waits, when it stops, for the articles it ingested to be grouped.
 */
@Component
class StoryGroupingWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryGroupingWorker.class);
    /** How often a node looks for work that another node queued: the safety net behind the local wake-up. */
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration QUIET_CHECK = Duration.ofMillis(250);

    private final StoryGrouping grouping;
    private final StoryRepository stories;
    private final JdbcClient jdbc;
    private final IngestionActivity activity;
    private final ApplicationContext context;
    private final Object wakeUp = new Object();
    private boolean woken;
    private final ReadersFirst readers;
    private volatile boolean running;
    private Thread worker;

    StoryGroupingWorker(StoryGrouping grouping, StoryRepository stories, JdbcClient jdbc, IngestionActivity activity,
                        ReadersFirst readers, ApplicationContext context) {
        this.readers = readers;
        this.jdbc = jdbc;
        this.grouping = grouping;
        this.activity = activity;
        this.stories = stories;
        this.context = context;
    }

    /** On every node and in the ingest command, whose articles must not wait for a portal to be grouped. */
    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            worker = ReadersFirst.backgroundThreads("story-grouping").newThread(this::work);
            worker.start();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Runs as the article is published, inside the ingest's transaction: the job commits or rolls back with the
     * article. Cheaper than a module listener too, whose event is stored, claimed and completed in three more
     * statements and a transaction of its own for each article.
     */
    @EventListener
    void on(ArticleIngested event) {
        // Plain JDBC on the ingest's own connection, like the article's own insert: one statement, nothing tracked.
        jdbc.sql("insert into story_grouping_job (article_id) values (:articleId) on conflict do nothing")
                .param("articleId", event.articleId()).update();
    }

    /** This node's worker starts on the job once it is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void wakeAfterCommit(ArticleIngested event) {
        wake();
    }

    private void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    /** Whether no article waits to be grouped, on any node. */
    boolean isIdle() {
        return stories.countGroupingJobs() == 0;
    }

    /** Waits until nothing waits to be grouped, or the time is up; for commands and tests. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isIdle()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            wake();
            Thread.sleep(50);
        }
        return true;
    }

    private void work() {
        boolean failing = false;
        while (running) {
            try {
                synchronized (wakeUp) {
                    if (!woken) {
                        wakeUp.wait(POLL.toMillis());
                    }
                    woken = false;
                }
                // While articles are arriving, grouping waits, so that the ingest gets the cores; once the jobs have
                // waited half a minute it groups batch after batch, arrivals or not.
                long waitingSince = System.nanoTime();
                int grouped;
                do {
                    // Not interrupted to stop (the index writer must not see an interrupt): it looks at running instead.
                    while (running && !activity.mayGoOn(waitingSince)) {
                        Thread.sleep(QUIET_CHECK.toMillis());
                    }
                    if (!running) {
                        return;
                    }
                    readers.yieldToRequests();
                    grouped = grouping.groupWaiting();
                } while (running && grouped > 0);
                if (failing) {
                    log.info("Grouping articles into stories again");
                    failing = false;
                }
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException | LinkageError e) {
                // A model that fails to load is a LinkageError: the worker lives on and says so, like any failure.
                // The jobs stay queued and are grouped when the database answers again, here or on another node.
                if (!failing) {
                    log.warn("Could not group articles into stories; retrying", e);
                    failing = true;
                }
            }
        }
    }

    /**
     * A command (no web server) waits for the articles it ingested to be grouped; a portal node leaves what waits
     * to the other nodes or its next start, and only finishes the batch it is grouping.
     */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            if (!(context instanceof WebServerApplicationContext) && !awaitIdle(10, TimeUnit.MINUTES)) {
                log.warn("Stopping with articles not yet grouped; a running portal groups them");
            }
            running = false;
            wake();
            worker.join(Duration.ofSeconds(30));
        } catch (InterruptedException interrupted) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }
}
