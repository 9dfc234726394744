package dev.parallax.compare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    /**
     * Parts of the digests stored for these stories at these versions, read in the database (never the whole
     * comparison): the first line most outlets carry, and the lines only one outlet carries.
     */
    List<StoredDigest> digests(Map<Long, Long> versionsByStory, int analysisVersion) {
        if (versionsByStory.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select story_id, story_version, comparison->'digest'->'agreed'->0->>'text' as lead,
                               coalesce(comparison->'digest'->'onlyOne', '[]'::jsonb) as only_one
                        from story_comparison where story_id in (:stories) and analysis_version = :analysis
                        """)
                .param("stories", versionsByStory.keySet()).param("analysis", analysisVersion)
                .query((row, number) -> new StoredDigest(row.getLong("story_id"), row.getLong("story_version"),
                        row.getString("lead"), List.of(json.readValue(row.getString("only_one"), Digest.Only[].class))))
                .list().stream()
                .filter(digest -> digest.storyVersion() == versionsByStory.get(digest.storyId()))
                .toList();
    }

    record StoredDigest(long storyId, long storyVersion, String lead, List<Digest.Only> onlyOne) {
    }

    /** Changes whenever a comparison is stored: what lists built from stored digests show changes with it. */
    String version() {
        return jdbc.sql("select coalesce((extract(epoch from max(computed_at)) * 1000000)::bigint, 0) from story_comparison")
                .query(String.class).single();
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
