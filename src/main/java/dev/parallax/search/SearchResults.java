package dev.parallax.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page of results, grouped by article: the hits of one article are consecutive, best passage first.
 * The JSON contract of GET /api/search.
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits,
                            Map<String, List<FacetValue>> facets, String suggestion, String source) {

    /** One matching passage; {@code snippet} is HTML: the passage escaped, only {@code <mark>} added. */
    public record Hit(long articleId, String origin, String title, int blockIndex, String kind, String source,
                      String snippet, float score) {
    }

    public record FacetValue(String value, long count) {
    }

    /** The hits of one article, for pages. */
    public record ArticleHits(long articleId, String title, String origin, String source, List<Hit> passages) {
    }

    public List<ArticleHits> byArticle() {
        List<ArticleHits> groups = new ArrayList<>();
        for (Hit hit : hits) {
            if (groups.isEmpty() || groups.getLast().articleId() != hit.articleId()) {
                groups.add(new ArticleHits(hit.articleId(), hit.title(), hit.origin(), hit.source(), new ArrayList<>()));
            }
            groups.getLast().passages().add(hit);
        }
        return groups;
    }

    public int pageCount() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
