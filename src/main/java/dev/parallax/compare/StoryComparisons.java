package dev.parallax.compare;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parallax.annotation.ArticleAnnotations;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.story.ArticleSimilarity;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StoryChanged;
import dev.parallax.story.StorySummary;
import dev.parallax.text.ArticleAnnotator;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * The comparison of each story: computed from its articles' annotations on first use, stored in PostgreSQL under
 * the story's version (so every node reads what one node computed), and kept in a bounded cache here. A story that
 * changes gets a new version, and its comparison is computed again.
 */
@Service
public class StoryComparisons {

    /** Raised whenever what a comparison holds or how it is computed changes, so that stored ones are made again. */
    static final int ANALYSIS_VERSION = ArticleAnnotator.VERSION * 1000 + 1;
    private static final int CACHED_STORIES = 256;

    private final StoryCatalog stories;
    private final ArticleCatalog articles;
    private final ArticleSimilarity similarity;
    private final ArticleAnnotations annotations;
    private final ComparisonStore store;
    private final ComparisonBuilder builder = new ComparisonBuilder();
    /** By story id, with the story version it was computed for; bounded, so a crawler cannot fill the heap. */
    private final Cache<Long, Cached> cache = Caffeine.newBuilder().maximumSize(CACHED_STORIES).build();

    private record Cached(long version, StoryComparison comparison) {
    }

    StoryComparisons(StoryCatalog stories, ArticleCatalog articles, ArticleSimilarity similarity,
                     ArticleAnnotations annotations, ComparisonStore store) {
        this.stories = stories;
        this.articles = articles;
        this.similarity = similarity;
        this.annotations = annotations;
        this.store = store;
    }

    public StoryComparison of(long storyId) {
        StorySummary story;
        try {
            story = stories.story(storyId);
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException unavailable) {
            Cached known = cache.getIfPresent(storyId);
            if (known != null) {
                return known.comparison(); // the database is away: what was last computed still stands
            }
            throw unavailable;
        }
        Cached cached = cache.getIfPresent(storyId);
        if (cached != null && cached.version() == story.version()) {
            return cached.comparison();
        }
        StoryComparison comparison = store.find(storyId, story.version(), ANALYSIS_VERSION).orElseGet(() -> {
            List<ArticleDetail> details = articles.details(story.articleIds());
            StoryComparison computed = builder.build(storyId, story.title(), details, annotations.of(details),
                    similarity.vectors(details));
            store.save(computed, story.version(), ANALYSIS_VERSION);
            return computed;
        });
        cache.put(storyId, new Cached(story.version(), comparison));
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
        cache.invalidate(event.storyId());
    }
}
