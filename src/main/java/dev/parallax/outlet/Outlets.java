package dev.parallax.outlet;

import dev.parallax.compare.Digest;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StorySummary;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outlets and what they covered. What only one outlet reported comes from its stories' digests as stored, which the
 * comparisons computed ahead store as stories change: a page never waits for a comparison, and shows a story's lines
 * once its digest is stored (the page's version follows the stored comparisons).
 */
@Component
public class Outlets {

    private final OutletCatalog catalog;
    private final StoryCatalog stories;
    private final StoryComparisons comparisons;

    Outlets(OutletCatalog catalog, StoryCatalog stories, StoryComparisons comparisons) {
        this.catalog = catalog;
        this.stories = stories;
        this.comparisons = comparisons;
    }

    public List<OutletSummary> all() {
        return catalog.all();
    }

    /** One outlet and the stories it is in, newest first; unknown outlets and impossible names are refused. */
    public Coverage of(String source) {
        String name = OutletNames.checked(source);
        OutletSummary summary = catalog.summary(name).orElseThrow(() -> new OutletNotFoundException(name));
        List<Long> articleIds = catalog.articleIds(name);
        List<StorySummary> covered = stories.summaries(new HashSet<>(stories.storiesOf(articleIds).values()));
        OutletDetail detail = new OutletDetail(summary.source(), summary.articles(), summary.stories(),
                summary.firstPublished(), summary.lastPublished(), summary.country(), summary.owner(), summary.lean(), articleIds,
                covered.stream().map(StorySummary::id).toList(), onlyHere(covered, new HashSet<>(articleIds)));
        return new Coverage(detail, covered);
    }

    /** An outlet's detail with its stories, for its page. */
    public record Coverage(OutletDetail detail, List<StorySummary> stories) {
    }

    private List<OutletDetail.OnlyHere> onlyHere(List<StorySummary> covered, Set<Long> articlesHere) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        covered.forEach(story -> versions.put(story.id(), story.version()));
        Map<Long, List<Digest.Only>> stored = comparisons.storedOnlyOne(versions);
        List<OutletDetail.OnlyHere> only = new ArrayList<>();
        for (StorySummary story : covered) {
            stored.getOrDefault(story.id(), List.of()).stream().filter(line -> articlesHere.contains(line.articleId()))
                    .forEach(line -> only.add(new OutletDetail.OnlyHere(story.id(), line.text(), line.articleId(), line.blockIndex())));
        }
        return only;
    }
}
