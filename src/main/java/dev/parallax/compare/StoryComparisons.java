package dev.parallax.compare;

import dev.parallax.annotation.ArticleAnnotations;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.story.ArticleSimilarity;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StoryChanged;
import dev.parallax.story.StorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The comparison of each story, computed from its stored articles on first use and kept until the story changes. */
@Service
public class StoryComparisons {

    private final StoryCatalog stories;
    private final ArticleCatalog articles;
    private final ArticleSimilarity similarity;
    private final ArticleAnnotations annotations;
    private final ComparisonBuilder builder = new ComparisonBuilder();
    /** Keyed by story id; each entry remembers the articles it was computed from. */
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(List<Long> articleIds, StoryComparison comparison) {
    }

    StoryComparisons(StoryCatalog stories, ArticleCatalog articles, ArticleSimilarity similarity,
                     ArticleAnnotations annotations) {
        this.stories = stories;
        this.annotations = annotations;
        this.articles = articles;
        this.similarity = similarity;
    }

    public StoryComparison of(long storyId) {
        StorySummary story = stories.story(storyId);
        Cached cached = cache.get(storyId);
        if (cached != null && cached.articleIds().equals(story.articleIds())) {
            return cached.comparison();
        }
        List<ArticleDetail> details = articles.details(story.articleIds());
        StoryComparison comparison = builder.build(storyId, story.title(), details, annotations.of(details),
                similarity.vectors(details));
        cache.put(storyId, new Cached(story.articleIds(), comparison));
        return comparison;
    }

    /** The comparison of any articles, as if they were one story: for checking the analyses against gold. */
    public StoryComparison ofArticles(String title, List<Long> articleIds) {
        List<ArticleDetail> details = articles.details(articleIds);
        return builder.build(0, title, details, annotations.of(details), similarity.vectors(details));
    }

    /** Two articles side by side: each sentence of the first with its counterpart in the second, if any. */
    public SideBySide sideBySide(long a, long b) {
        ArticleDetail first = articles.detail(a);
        ArticleDetail second = articles.detail(b);
        return SideBySide.of(first, second, annotations.of(List.of(first, second)), similarity.vectors(List.of(first, second)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryChanged event) {
        cache.remove(event.storyId());
    }
}
