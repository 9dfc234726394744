package dev.parallax.annotation;

import dev.parallax.article.AnalysisFailures;
import dev.parallax.text.AnnotatedArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes stored annotations, and claims the articles still to annotate. */
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
    }

    /**
     * Locks and returns a batch of outdated articles that no other transaction holds, for the life of the
     * transaction; an article this annotator failed on waits out its pause, and one it gave up is left alone.
     */
    List<Long> claimOutdated(int version, int limit) {
        return jdbc.sql("""
                        select a.id from article a left join article_annotation n on n.article_id = a.id
                        where (n.article_id is null or n.version < :version)
                          and not exists (select 1 from analysis_failure f
                                          where f.article_id = a.id and f.stage = 'ANNOTATION' and f.analysis_version = :version
                                            and (f.tries >= :max or f.retry_after > now()))
                        order by a.id limit :limit
                        for no key update of a skip locked
                        """)
                .param("version", version).param("limit", limit).param("max", AnalysisFailures.MAX_TRIES)
                .query(Long.class).list();
    }

    /** Articles still to annotate with this annotator: outdated, and not given up. */
    long countOutdated(int version) {
        return jdbc.sql("""
                        select count(*) from article a left join article_annotation n on n.article_id = a.id
                        where (n.article_id is null or n.version < :version)
                          and not exists (select 1 from analysis_failure f
                                          where f.article_id = a.id and f.stage = 'ANNOTATION' and f.analysis_version = :version
                                            and f.tries >= :max)
                        """)
                .param("version", version).param("max", AnalysisFailures.MAX_TRIES).query(Long.class).single();
    }
}
