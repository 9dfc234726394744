package dev.parallax.web;

import dev.parallax.compare.StoryComparisons;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StoryCoverage;
import dev.parallax.story.StorySummary;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories newest first with who covered them and their first summary line. Reads stored digests only, never
 * computing a comparison: a list of many stories costs two statements a thousand stories.
 */
@Component
class StoryList {

    /** Stories per statement: well under PostgreSQL's limit on bind parameters. */
    private static final int STORIES_PER_QUERY = 1_000;

    private final StoryCatalog stories;
    private final StoryComparisons comparisons;

    StoryList(StoryCatalog stories, StoryComparisons comparisons) {
        this.stories = stories;
        this.comparisons = comparisons;
    }

    List<ListedStory> newest(int page, int size) {
        return listed(stories.page(page, size));
    }

    List<ListedStory> all() {
        return listed(stories.all());
    }

    private List<ListedStory> listed(List<StorySummary> summaries) {
        List<ListedStory> listed = new ArrayList<>(summaries.size());
        for (int from = 0; from < summaries.size(); from += STORIES_PER_QUERY) {
            List<StorySummary> chunk = summaries.subList(from, Math.min(summaries.size(), from + STORIES_PER_QUERY));
            Map<Long, Long> versions = new LinkedHashMap<>();
            chunk.forEach(story -> versions.put(story.id(), story.version()));
            Map<Long, StoryCoverage> coverage = stories.coverage(versions.keySet());
            Map<Long, String> leads = comparisons.storedLeadLines(versions);
            for (StorySummary story : chunk) {
                StoryCoverage covered = coverage.get(story.id());
                listed.add(new ListedStory(story.id(), story.title(), story.articleIds(), story.version(),
                        story.articleIds().size(), covered == null ? List.of() : covered.sources(),
                        covered == null ? null : covered.firstPublished(), covered == null ? null : covered.lastPublished(),
                        leads.get(story.id())));
            }
        }
        return listed;
    }
}
