package dev.parallax.story;

import dev.parallax.article.StoryMembership;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stories the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class StoryCatalog implements StoryMembership {

    /** Ids per membership query: well under PostgreSQL's limit on bind parameters. */
    private static final int IDS_PER_QUERY = 10_000;

    /** Changes whenever a story gains an article or a new title; read from the database so every node agrees. */
    private static final String STORY_VERSION = "select id || '@' || version from story where id = :id";
    /** Changes with any new article and any change to any story. */
    private static final String CORPUS_VERSION = """
            select (select coalesce(max(id), 0) from article) || '.' || (select count(*) from story) || '.'
                   || coalesce((select (extract(epoch from max(updated_at)) * 1000000)::bigint from story), 0)
            """;

    /** An article's publication as its summary gives it: date-time in UTC, else the date; ISO text sorts in time order. */
    private static final String PUBLISHED = """
            coalesce(to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(a.published_on, 'YYYY-MM-DD'))
            """;
    /** One statement for a page of stories, walking story_article by story and each article by its key. */
    private static final String COVERAGE = """
            select sa.story_id, count(*) as articles, array_agg(distinct s.name order by s.name) as sources,
                   min(%1$s) as first_published, max(%1$s) as last_published
            from story_article sa join article a on a.id = sa.article_id join source s on s.id = a.source_id
            where sa.story_id in (:ids)
            group by sa.story_id
            """.formatted(PUBLISHED);

    private final StoryRepository stories;
    private final JdbcClient jdbc;

    StoryCatalog(StoryRepository stories, JdbcClient jdbc) {
        this.stories = stories;
        this.jdbc = jdbc;
    }

    /** The version of a story, empty when there is none: what its page and its comparison are computed from. */
    public Optional<String> version(long storyId) {
        return jdbc.sql(STORY_VERSION).param("id", storyId).query(String.class).optional();
    }

    /**
     * The version of what an article's page may show: the article and the story it belongs to ("-" while it has
     * none); empty when there is no such article.
     */
    public Optional<String> versionOfArticle(long articleId) {
        return jdbc.sql("select coalesce(sa.story_id, 0) from article a left join story_article sa on sa.article_id = a.id where a.id = :id")
                .param("id", articleId).query(Long.class).optional()
                .map(storyId -> articleId + "/" + (storyId == 0 ? "-" : version(storyId).orElse("-")));
    }

    /** The version of the whole collection (lists of stories and articles): changes with every article and story. */
    public String corpusVersion() {
        return jdbc.sql(CORPUS_VERSION).query(String.class).single();
    }

    public List<StorySummary> all() {
        return withArticles(stories.findAllByRecency());
    }

    /** Stories newest first, a page at a time, with their articles. */
    public List<StorySummary> page(int page, int size) {
        return withArticles(stories.findAllByRecency(PageRequest.of(page, size)));
    }

    /** Some stories with their articles, newest first; unknown ids are skipped. */
    public List<StorySummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Story> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            found.addAll(stories.findAllById(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
        }
        found.sort(Comparator.comparing(Story::getUpdatedAt).thenComparing(Story::getId).reversed());
        return withArticles(found);
    }

    /** The ids of stories newest first, a page at a time, without their articles. */
    public List<Long> newestIds(int page, int size) {
        return stories.findIdsByRecency(PageRequest.of(page, size));
    }

    /** The outlets, article count and publication span of some stories, by story id; stories without articles are absent. */
    public Map<Long, StoryCoverage> coverage(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, StoryCoverage> coverage = new HashMap<>();
        jdbc.sql(COVERAGE).param("ids", storyIds).query((row, number) -> {
            List<String> sources = List.of((String[]) row.getArray("sources").getArray());
            return new StoryCoverage(row.getLong("story_id"), row.getInt("articles"), sources,
                    row.getString("first_published"), row.getString("last_published"));
        }).list().forEach(story -> coverage.put(story.storyId(), story));
        return coverage;
    }

    @Override
    public Map<Long, Long> storiesOf(Collection<Long> articleIds) {
        List<Long> ids = List.copyOf(articleIds);
        Map<Long, Long> storyOf = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            storyOf.putAll(stories.findStoryIdsOfArticles(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return storyOf;
    }

    public long count() {
        return stories.count();
    }

    public StorySummary story(long id) {
        Story story = stories.findById(id).orElseThrow(() -> new StoryNotFoundException(id));
        return StorySummary.of(story, stories.findArticleIds(id));
    }

    private List<StorySummary> withArticles(List<Story> shown) {
        Map<Long, List<Long>> members = new HashMap<>();
        if (!shown.isEmpty()) {
            for (Object[] row : stories.findMemberships(shown.stream().map(Story::getId).toList())) {
                members.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(((Number) row[1]).longValue());
            }
        }
        return shown.stream().map(story -> StorySummary.of(story, members.getOrDefault(story.getId(), List.of()))).toList();
    }
}
