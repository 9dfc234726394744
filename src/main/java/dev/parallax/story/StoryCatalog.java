package dev.parallax.story;

import dev.parallax.article.StoryMembership;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads stories the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class StoryCatalog implements StoryMembership {

    /** Ids per membership query: well under PostgreSQL's limit on bind parameters. */
    private static final int IDS_PER_QUERY = 10_000;

    private final StoryRepository stories;

    StoryCatalog(StoryRepository stories) {
        this.stories = stories;
    }

    public List<StorySummary> all() {
        return withArticles(stories.findAllByRecency());
    }

    /** Stories newest first, a page at a time, with their articles. */
    public List<StorySummary> page(int page, int size) {
        return withArticles(stories.findAllByRecency(PageRequest.of(page, size)));
    }

    /** The ids of stories newest first, a page at a time, without their articles. */
    public List<Long> newestIds(int page, int size) {
        return stories.findIdsByRecency(PageRequest.of(page, size));
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
