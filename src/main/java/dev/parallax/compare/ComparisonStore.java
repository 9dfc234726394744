package dev.parallax.compare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Comparisons stored in PostgreSQL under the version of their story and of the analyses that made them. */
@Component
class ComparisonStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ComparisonStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoryComparison> find(long storyId, long storyVersion, int analysisVersion) {
        return jdbc.sql("""
                        select comparison from story_comparison
                        where story_id = :story and story_version = :version and analysis_version = :analysis
                        """)
                .param("story", storyId).param("version", storyVersion).param("analysis", analysisVersion)
                .query(String.class).optional().map(text -> json.readValue(text, StoryComparison.class));
    }

    /** Keeps a comparison unless one of a newer story version is there already. */
    void save(StoryComparison comparison, long storyVersion, int analysisVersion) {
        jdbc.sql("""
                        insert into story_comparison (story_id, story_version, analysis_version, computed_at, comparison)
                        values (:story, :version, :analysis, :at, cast(:comparison as jsonb))
                        on conflict (story_id) do update set story_version = excluded.story_version,
                            analysis_version = excluded.analysis_version, computed_at = excluded.computed_at,
                            comparison = excluded.comparison
                        where story_comparison.story_version <= excluded.story_version
                        """)
                .param("story", comparison.storyId()).param("version", storyVersion).param("analysis", analysisVersion)
                .param("at", Timestamp.from(clock.instant())).param("comparison", json.writeValueAsString(comparison))
                .update();
    }
}
