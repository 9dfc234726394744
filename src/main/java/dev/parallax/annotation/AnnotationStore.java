package dev.parallax.annotation;

import dev.parallax.article.AnalysisFailures;
import dev.parallax.text.AnnotatedArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes stored annotations, and queues and claims the articles still to annotate. */
@Component
class AnnotationStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    AnnotationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The stored annotations of some articles made by the given annotator version, keyed by article id. */
    Map<Long, StoredAnnotation> find(Collection<Long> articleIds, int version) {
        Map<Long, StoredAnnotation> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select article_id, annotation from article_annotation where article_id in (:ids) and version = :version")
                .param("ids", articleIds).param("version", version)
                .query((row, n) -> Map.entry(row.getLong(1), json.readValue(row.getString(2), StoredAnnotation.class)))
                .list().forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /** Stores an annotation unless one from the same or a newer annotator is there already. */
    void save(AnnotatedArticle annotation) {
        jdbc.sql("""
                        insert into article_annotation (article_id, version, annotated_at, annotation)
                        values (:id, :version, :at, cast(:annotation as jsonb))
                        on conflict (article_id) do update set version = excluded.version,
                            annotated_at = excluded.annotated_at, annotation = excluded.annotation
                        where article_annotation.version < excluded.version
                        """)
                .param("id", annotation.articleId()).param("version", annotation.version())
                .param("at", Timestamp.from(clock.instant()))
                .param("annotation", json.writeValueAsString(StoredAnnotation.of(annotation)))
                .update();
        jdbc.sql("delete from annotation_job where article_id = :id").param("id", annotation.articleId()).update();
    }

    /** Queues a new article for annotation, in the transaction that stores it. */
    void queue(long articleId) {
        jdbc.sql("insert into annotation_job (article_id) values (:id) on conflict do nothing").param("id", articleId).update();
    }

    /**
     * Locks and returns up to a batch of articles to annotate that no other transaction holds, for the life of the
     * transaction: new articles first, then those an older annotator made. An article this annotator failed on waits
     * out its pause, and one it gave up is left alone. Both look-ups read an index, however many articles are done.
     */
    List<Long> claimOutdated(int version, int limit) {
        List<Long> claimed = new ArrayList<>(jdbc.sql("""
                        select j.article_id from annotation_job j
                        where not exists (%s)
                        order by j.article_id limit :limit
                        for update of j skip locked
                        """.formatted(failedRecently("j.article_id")))
                .param("version", version).param("limit", limit).param("max", AnalysisFailures.MAX_TRIES)
                .query(Long.class).list());
        if (claimed.size() < limit) {
            claimed.addAll(jdbc.sql("""
                            select n.article_id from article_annotation n
                            where n.version < :version and not exists (%s)
                            order by n.article_id limit :limit
                            for update of n skip locked
                            """.formatted(failedRecently("n.article_id")))
                    .param("version", version).param("limit", limit - claimed.size()).param("max", AnalysisFailures.MAX_TRIES)
                    .query(Long.class).list());
        }
        return claimed;
    }

    /** Articles still to annotate with this annotator: queued or made by an older one, and not given up. */
    long countOutdated(int version) {
        return jdbc.sql("""
                        select (select count(*) from annotation_job j where not exists (%s))
                             + (select count(*) from article_annotation n where n.version < :version and not exists (%s))
                        """.formatted(givenUp("j.article_id"), givenUp("n.article_id")))
                .param("version", version).param("max", AnalysisFailures.MAX_TRIES).query(Long.class).single();
    }

    /** This annotator's failure on an article that it gave up, or that waits out its pause. */
    private static String failedRecently(String articleId) {
        return failure(articleId, "(f.tries >= :max or f.retry_after > now())");
    }

    private static String givenUp(String articleId) {
        return failure(articleId, "f.tries >= :max");
    }

    private static String failure(String articleId, String condition) {
        return """
                select 1 from analysis_failure f where f.article_id = %s and f.stage = 'ANNOTATION'
                  and f.analysis_version = :version and %s""".formatted(articleId, condition);
    }
}
