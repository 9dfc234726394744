package dev.parallax.article;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The articles an analysis failed on, per stage: recorded in a transaction of their own (the failing one rolls
 * back), tried again after a growing pause, and given up after a few tries, so that one bad article never stops
 * the others and nothing retries forever. A newer version of the analysis tries a given-up article again.
 */
@Component
public class AnalysisFailures {

    /** The analyses that run on each article, each with a version that says which code failed. */
    public enum Stage { ANNOTATION, GROUPING, COMPARISON }

    /** Tries before an analysis gives an article up. */
    public static final int MAX_TRIES = 3;
    private static final int MAX_ERROR_LENGTH = 500;

    /** One article's failure at one stage, as last recorded. */
    public record Failure(long articleId, Stage stage, int version, int tries, String error, Instant lastFailedAt,
                          Instant retryAfter) {

        public boolean givenUp() {
            return tries >= MAX_TRIES;
        }

        /** A line for readers: which analysis failed and how often, without the error's internals. */
        public String reason() {
            return stage.name().toLowerCase(Locale.ROOT) + " failed " + (tries == 1 ? "once" : tries + " times");
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();
    /** The pause after a first failure; it doubles with each further one. */
    private final Duration firstPause;

    AnalysisFailures(JdbcClient jdbc, PlatformTransactionManager transactions,
                     @Value("${parallax.analysis.retry-pause:30s}") Duration firstPause) {
        this.firstPause = firstPause;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records that a stage failed on an article, counting tries per analysis version, and returns the failure as it
     * now stands. The pause before the next try doubles with each try.
     */
    public Failure record(long articleId, Stage stage, int version, Throwable error) {
        Instant now = clock.instant();
        String message = describe(error);
        Integer tries = ownTransaction.execute(status -> jdbc.sql("""
                        insert into analysis_failure (article_id, stage, analysis_version, tries, last_error,
                                                      first_failed_at, last_failed_at, retry_after)
                        values (:article, :stage, :version, 1, :error, :now, :now, :now)
                        on conflict (article_id, stage) do update set
                            tries = case when analysis_failure.analysis_version = excluded.analysis_version
                                         then analysis_failure.tries + 1 else 1 end,
                            first_failed_at = case when analysis_failure.analysis_version = excluded.analysis_version
                                                   then analysis_failure.first_failed_at else excluded.first_failed_at end,
                            analysis_version = excluded.analysis_version, last_error = excluded.last_error,
                            last_failed_at = excluded.last_failed_at
                        returning tries
                        """)
                .param("article", articleId).param("stage", stage.name()).param("version", version)
                .param("error", message).param("now", Timestamp.from(now))
                .query(Integer.class).single());
        int count = tries == null ? 1 : tries;
        Instant retryAfter = now.plus(firstPause.multipliedBy(1L << Math.min(10, count - 1)));
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "update analysis_failure set retry_after = :after where article_id = :article and stage = :stage")
                .param("after", Timestamp.from(retryAfter)).param("article", articleId).param("stage", stage.name()).update());
        return new Failure(articleId, stage, version, count, message, now, retryAfter);
    }

    /** The articles among these that the stage has given up at this version, keyed by article id. */
    public Map<Long, Failure> givenUp(Collection<Long> articleIds, Stage stage, int version) {
        Map<Long, Failure> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select article_id, tries, last_error, last_failed_at, retry_after from analysis_failure
                        where article_id in (:ids) and stage = :stage and analysis_version = :version and tries >= :max
                        """)
                .param("ids", articleIds).param("stage", stage.name()).param("version", version).param("max", MAX_TRIES)
                .query((row, n) -> new Failure(row.getLong(1), stage, version, row.getInt(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant()))
                .list().forEach(failure -> found.put(failure.articleId(), failure));
        return found;
    }

    /** Every failure recorded for these articles, at any stage and version, newest first: for the article page. */
    public List<Failure> of(long articleId) {
        return jdbc.sql("""
                        select stage, analysis_version, tries, last_error, last_failed_at, retry_after from analysis_failure
                        where article_id = :id order by last_failed_at desc
                        """)
                .param("id", articleId)
                .query((row, n) -> new Failure(articleId, Stage.valueOf(row.getString(1)), row.getInt(2), row.getInt(3),
                        row.getString(4), row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant()))
                .list();
    }

    /** How many articles each stage has given up at any version. */
    public Map<Stage, Long> countGivenUp() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        jdbc.sql("select stage, count(*) from analysis_failure where tries >= :max group by stage")
                .param("max", MAX_TRIES)
                .query((row, n) -> Map.entry(Stage.valueOf(row.getString(1)), row.getLong(2)))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Forgets a stage's failures on an article, once the stage has succeeded on it. */
    public void forget(long articleId, Stage stage) {
        jdbc.sql("delete from analysis_failure where article_id = :article and stage = :stage")
                .param("article", articleId).param("stage", stage.name()).update();
    }

    /**
     * What failed, in one line: the exception, its message and the first frame of our own code it came through, for
     * whoever mends it; never shown to readers.
     */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        if (error.getMessage() != null) {
            text.append(": ").append(error.getMessage());
        }
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.parallax.")) {
                text.append(" at ").append(frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1))
                        .append('.').append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                break;
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
