package dev.parallax.ingest;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When articles last arrived at this node. Background work that can wait (annotation, comparisons ahead of their
 * readers) holds back while a bulk ingest runs, so the ingest gets the cores, and catches up when it pauses.
 */
@Component
public class IngestionActivity {

    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private volatile long lastArrival = System.nanoTime() - QUIET_NANOS;

    void arrived() {
        lastArrival = System.nanoTime();
    }

    /** True when no article has arrived for half a second. */
    public boolean isQuiet() {
        return System.nanoTime() - lastArrival >= QUIET_NANOS;
    }

    /** Waits until no article has arrived for half a second, or at most the given time. */
    public void awaitQuiet(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!isQuiet() && System.nanoTime() < deadline) {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(QUIET_NANOS));
        }
    }
}
