package dev.parallax.annotation;

import dev.parallax.article.AnalysisFailures;
import dev.parallax.text.ArticleAnnotator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How the analyses stand, for operators: articles waiting for their annotation, and articles each analysis has
 * given up on (shown to readers as not analysed). A health detail and a gauge for each; neither ever takes the
 * portal down, since a given-up article is contained, and neither waits for the database: the counts are read in
 * the background at most every ten seconds, and the last ones are shown meanwhile.
 */
@Component
class AnalysisHealthIndicator implements HealthIndicator {

    private static final long REFRESH_NANOS = 10_000_000_000L;

    private record Counts(Map<AnalysisFailures.Stage, Long> givenUp, Long annotationPending) {
    }

    private final AnalysisFailures failures;
    private final AnnotationStore store;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Counts counts = new Counts(Map.of(), null);
    private volatile long readAt = System.nanoTime() - REFRESH_NANOS;

    AnalysisHealthIndicator(AnalysisFailures failures, AnnotationStore store, MeterRegistry meters) {
        this.failures = failures;
        this.store = store;
        for (AnalysisFailures.Stage stage : AnalysisFailures.Stage.values()) {
            Gauge.builder("parallax.analysis.given.up", this, health -> health.counts().givenUp().getOrDefault(stage, 0L))
                    .description("Articles an analysis gave up on after repeated failures")
                    .tag("stage", stage.name().toLowerCase(Locale.ROOT)).register(meters);
        }
        // Counted in the database, as the health detail: articles ingested by another node or by the ingest command
        // wait too, and so do those of a portal that annotates only on demand.
        Gauge.builder("parallax.annotation.pending", this, health -> {
                    Long pending = health.counts().annotationPending();
                    return pending == null ? Double.NaN : pending;
                })
                .description("Articles waiting for their annotation (counted at most every ten seconds)").register(meters);
    }

    /** The last counts read; a read in the background when they are older than ten seconds. */
    private Counts counts() {
        if (System.nanoTime() - readAt > REFRESH_NANOS && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("analysis-health").start(() -> {
                try {
                    counts = new Counts(failures.countGivenUp(), store.countOutdated(ArticleAnnotator.VERSION));
                } catch (DataAccessException away) {
                    // the last counts stand until the database answers
                } finally {
                    readAt = System.nanoTime();
                    refreshing.set(false);
                }
            });
        }
        return counts;
    }

    @Override
    public Health health() {
        Counts now = counts();
        Map<String, Long> notAnalysed = new TreeMap<>();
        now.givenUp().forEach((stage, count) -> notAnalysed.put(stage.name().toLowerCase(Locale.ROOT), count));
        return Health.up().withDetail("notAnalysed", notAnalysed)
                .withDetail("annotationPending", now.annotationPending() == null ? "not yet counted" : now.annotationPending())
                .build();
    }
}
