package dev.parallax.compare;

import dev.parallax.ingest.IngestionActivity;
import dev.parallax.story.StoryChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Computes and stores a story's comparison in the background once the story has been quiet for a moment after it
 * changed, so that its first reader does not wait for it; while articles are arriving, a story waits until they
 * stop or half a minute has passed (a reader's request computes it meanwhile).
 */
@Component
class ComparisonPrecomputation implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ComparisonPrecomputation.class);
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final StoryComparisons comparisons;
    private final IngestionActivity ingestion;
    /** Story ids by when they last changed. */
    private final Map<Long, Long> changed = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("comparisons").daemon().factory());

    ComparisonPrecomputation(StoryComparisons comparisons, IngestionActivity ingestion) {
        this.comparisons = comparisons;
        this.ingestion = ingestion;
        worker.scheduleWithFixedDelay(this::computeQuietStories, 1, 1, TimeUnit.SECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryChanged event) {
        changed.put(event.storyId(), System.nanoTime());
    }

    private void computeQuietStories() {
        long now = System.nanoTime();
        for (var story : changed.entrySet()) {
            if (now - story.getValue() >= QUIET_NANOS && ingestion.mayGoOn(story.getValue())
                    && changed.remove(story.getKey(), story.getValue())) {
                try {
                    comparisons.of(story.getKey());
                } catch (RuntimeException e) {
                    // A reader's request computes it then; nothing is lost.
                    log.debug("Could not compute the comparison of story {} ahead: {}", story.getKey(), e.getMessage());
                }
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
