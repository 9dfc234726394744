package dev.parallax.ingest;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When articles last arrived at this node. Background work that can wait (annotation, comparisons ahead of their
 * readers) holds back while a bulk ingest runs, so the ingest gets the cores, and catches up when it pauses; never
 * longer than half a minute, so that a steady stream of articles does not starve it.
 */
@Component
public class IngestionActivity {

    /**
     * How long without an article before all is quiet: longer than a bulk client takes between two requests, so
     * that a batch of background work (grouping takes up to 500 articles at once) does not start in that pause.
     */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final Duration LONGEST_HOLD_BACK = Duration.ofSeconds(30);

    private static final long QUIET_POLL_MILLIS = 250;

    private volatile long lastArrival = System.nanoTime() - QUIET_NANOS;

    void arrived() {
        lastArrival = System.nanoTime();
    }

    /** True when no article has arrived for two seconds. */
    public boolean isQuiet() {
        return System.nanoTime() - lastArrival >= QUIET_NANOS;
    }

    /** Whether work waiting since the given {@link System#nanoTime()} may go on: all is quiet, or it waited long enough. */
    public boolean mayGoOn(long waitingSince) {
        return isQuiet() || System.nanoTime() - waitingSince >= LONGEST_HOLD_BACK.toNanos();
    }

    /**
     * Waits until no article has arrived for two seconds, or until work waiting since the given
     * {@link System#nanoTime()} has waited half a minute: from then on it goes on, batch after batch.
     */
    public void awaitQuiet(long waitingSince) throws InterruptedException {
        long waited = Math.max(0, System.nanoTime() - waitingSince);
        awaitQuiet(LONGEST_HOLD_BACK.minusNanos(waited));
    }

    void awaitQuiet(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!isQuiet() && System.nanoTime() < deadline) {
            Thread.sleep(QUIET_POLL_MILLIS);
        }
    }
}
