package dev.parallax.compare;

import dev.parallax.background.ReadersFirst;
import dev.parallax.ingest.IngestCommand;
import dev.parallax.ingest.IngestionActivity;
import dev.parallax.story.StoryChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
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
class ComparisonPrecomputation implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ComparisonPrecomputation.class);
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final StoryComparisons comparisons;
    private final IngestionActivity ingestion;
    /** Story ids by when they last changed. */
    private final Map<Long, Long> changed = new ConcurrentHashMap<>();
    private final ReadersFirst readers;
    private final boolean command;
    private ScheduledExecutorService worker;

    ComparisonPrecomputation(StoryComparisons comparisons, IngestionActivity ingestion, ReadersFirst readers,
                             ApplicationArguments arguments) {
        this.comparisons = comparisons;
        this.ingestion = ingestion;
        this.readers = readers;
        this.command = IngestCommand.isInvoked(arguments.getSourceArgs());
    }

    /** A portal's work: the ingest command has no readers to be ahead of. */
    @Override
    public boolean isAutoStartup() {
        return !command;
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(ReadersFirst.backgroundThreads("comparisons"));
            worker.scheduleWithFixedDelay(this::computeQuietStories, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            try {
                // The comparison in hand ends before the database and index it reads close.
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
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
                    readers.yieldToRequests();
                    comparisons.of(story.getKey());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    // A reader's request computes it then; nothing is lost.
                    log.debug("Could not compute the comparison of story {} ahead: {}", story.getKey(), e.getMessage());
                }
            }
        }
    }

}
