package dev.parallax.story;

import dev.parallax.ingest.ArticleIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Groups new articles into stories on one background worker, in batches: ingestion does not wait for it, and a
 * batch of articles about one event meets in one story even before the index shows them all.
 */
@Component
@Order(-5)
class StoryGroupingListener implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoryGroupingListener.class);
    private static final int MAX_BATCH = 500;

    private final StoryGrouping grouping;
    private final StoryRepository stories;
    private final BlockingQueue<Long> waiting = new LinkedBlockingQueue<>();
    private final Thread worker;
    /** Articles handed in and not yet grouped. */
    private final AtomicInteger pending = new AtomicInteger();

    StoryGroupingListener(StoryGrouping grouping, StoryRepository stories) {
        this.grouping = grouping;
        this.stories = stories;
        this.worker = Thread.ofPlatform().name("story-grouping").daemon().unstarted(this::work);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> withoutStory = stories.findArticleIdsWithoutStory();
        if (!withoutStory.isEmpty()) {
            log.info("Grouping {} articles that have no story yet", withoutStory.size());
            pending.addAndGet(withoutStory.size());
            waiting.addAll(withoutStory);
        }
        worker.start();
    }

    @TransactionalEventListener
    @Order(2) // after the search index has the article: neighbours are found through it
    void on(ArticleIngested event) {
        pending.incrementAndGet();
        waiting.add(event.articleId());
    }

    /** Whether every article handed in so far has been grouped. */
    boolean isIdle() {
        return pending.get() == 0;
    }

    /** Waits until the worker has grouped everything handed in, or the time is up; for commands and tests. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isIdle()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Long> batch = new ArrayList<>();
            try {
                batch.add(waiting.take());
                waiting.drainTo(batch, MAX_BATCH - 1);
                grouping.assign(batch);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The articles are stored; those still without a story are grouped at the next start.
                log.error("Could not group articles into stories", e);
            } finally {
                pending.addAndGet(-batch.size());
            }
        }
    }

    /** Lets the worker finish what it was handed (a folder ingest from the command line hands in many). */
    @Override
    public void destroy() throws InterruptedException {
        if (worker.isAlive() && !awaitIdle(10, TimeUnit.MINUTES)) {
            log.warn("Stopping with articles not yet grouped; they are grouped at the next start");
        }
        worker.interrupt();
    }
}
