package dev.parallax.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the story page needs beyond the comparison itself: labels per article and heat-map shades. */
public record ComparisonView(StoryComparison comparison) {

    /** A short label for an article in grids: its source. */
    public String label(long articleId) {
        return comparison.articles().stream().filter(a -> a.id() == articleId)
                .map(StoryComparison.ArticleRef::source).findFirst().orElse(Long.toString(articleId));
    }

    /** The heat-map class of a similarity, heat-0 (none) to heat-10 (identical): styles, not inline colours. */
    public String heat(long a, long b) {
        return "heat-" + Math.round(comparison.score(a, b) * 10);
    }

    public String percent(long a, long b) {
        return Math.round(comparison.score(a, b) * 100) + "%";
    }

    public boolean reports(StoryComparison.Fact fact, long articleId) {
        return fact.reportedBy().contains(articleId);
    }

    public List<StoryComparison.NumberGroup> differing() {
        return comparison.numbers().stream().filter(n -> n.agreement() == StoryComparison.Agreement.DIFFER).toList();
    }

    public Map<Long, Integer> uniqueCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        comparison.unique().forEach(u -> counts.put(u.articleId(), u.sentences().size()));
        return counts;
    }
}
