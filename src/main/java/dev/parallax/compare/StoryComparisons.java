package dev.parallax.compare;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parallax.article.AnalysisFailures;
import dev.parallax.annotation.ArticleAnnotations;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.story.ArticleSimilarity;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StoryChanged;
import dev.parallax.story.StorySummary;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison of each story: computed from its articles' annotations on first use, stored in PostgreSQL under
 * the story's version (so every node reads what one node computed), and kept in a bounded cache here. A story that
 * changes gets a new version, and its comparison is computed again.
 */
@Service
public class StoryComparisons {

    /** Raised whenever what a comparison holds or how it is computed changes, so that stored ones are made again. */
    static final int ANALYSIS_VERSION = ArticleAnnotator.VERSION * 1000 + 2;
    private static final Logger log = LoggerFactory.getLogger(StoryComparisons.class);
    private static final int CACHED_STORIES = 256;

    private final StoryCatalog stories;
    private final ArticleCatalog articles;
    private final ArticleSimilarity similarity;
    private final ArticleAnnotations annotations;
    private final AnalysisFailures failures;
    private final ComparisonStore store;
    private final ComparisonBuilder builder;
    /** By story id, with the story version it was computed for; bounded, so a crawler cannot fill the heap. */
    private final Cache<Long, Cached> cache = Caffeine.newBuilder().maximumSize(CACHED_STORIES).build();

    private record Cached(long version, StoryComparison comparison) {
    }

    StoryComparisons(StoryCatalog stories, ArticleCatalog articles, ArticleSimilarity similarity,
                     ArticleAnnotations annotations, AnalysisFailures failures, ComparisonStore store,
                     ComparisonBuilder builder) {
        this.builder = builder;
        this.failures = failures;
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
            StoryComparison computed = compute(storyId, story.title(), story.articleIds());
            store.save(computed, story.version(), ANALYSIS_VERSION);
            return computed;
        });
        cache.put(storyId, new Cached(story.version(), comparison));
        return comparison;
    }

    /**
     * The first digest line of each story as stored for its current version, by story id, without computing any
     * comparison: lists of many stories read this; a story whose comparison is not stored yet has none.
     */
    public Map<Long, String> storedLeadLines(Map<Long, Long> versionsByStory) {
        Map<Long, String> leads = new HashMap<>();
        store.digests(versionsByStory, ANALYSIS_VERSION).stream().filter(digest -> digest.lead() != null)
                .forEach(digest -> leads.put(digest.storyId(), digest.lead()));
        return leads;
    }

    /** What only one outlet reports in each of these stories, as stored for their current versions, by story id. */
    public Map<Long, List<Digest.Only>> storedOnlyOne(Map<Long, Long> versionsByStory) {
        Map<Long, List<Digest.Only>> only = new HashMap<>();
        store.digests(versionsByStory, ANALYSIS_VERSION).forEach(digest -> only.put(digest.storyId(), digest.onlyOne()));
        return only;
    }

    /** Changes whenever any story's comparison is stored, on any node. */
    public String storedVersion() {
        return store.version();
    }

    /** The comparison of any articles, as if they were one story: for checking the analyses against gold. */
    public StoryComparison ofArticles(String title, List<Long> articleIds) {
        return compute(0, title, articleIds);
    }

    /**
     * Compares the articles that can be annotated. Should the comparison still fail, the article it fails on is
     * found by leaving out one article at a time, recorded, and left out: the rest of the story is compared as usual.
     */
    private StoryComparison compute(long storyId, String title, List<Long> articleIds) {
        List<ArticleDetail> details = articles.details(articleIds);
        Map<Long, String> titles = new HashMap<>();
        details.forEach(d -> titles.put(d.summary().id(), d.summary().title()));
        Map<Long, AnnotatedArticle> annotated = annotations.of(details);
        List<StoryComparison.NotAnalysed> left = new ArrayList<>();
        Map<Long, AnalysisFailures.Failure> notCompared = failures.givenUp(annotated.keySet(), AnalysisFailures.Stage.COMPARISON,
                ANALYSIS_VERSION);
        details.stream().map(d -> d.summary().id()).filter(id -> !annotated.containsKey(id))
                .forEach(id -> left.add(new StoryComparison.NotAnalysed(id, titles.get(id), "annotation failed")));
        notCompared.values().forEach(failure -> left.add(new StoryComparison.NotAnalysed(failure.articleId(),
                titles.get(failure.articleId()), failure.reason())));
        List<ArticleDetail> comparable = details.stream()
                .filter(d -> annotated.containsKey(d.summary().id()) && !notCompared.containsKey(d.summary().id())).toList();
        try {
            return build(storyId, title, comparable, annotated).leavingOut(left);
        } catch (RuntimeException | StackOverflowError failed) {
            for (ArticleDetail suspect : comparable) {
                List<ArticleDetail> others = comparable.stream().filter(d -> d != suspect).toList();
                StoryComparison without;
                try {
                    without = build(storyId, title, others, annotated);
                } catch (RuntimeException | StackOverflowError stillFailing) {
                    continue;
                }
                long id = suspect.summary().id();
                AnalysisFailures.Failure failure = failures.record(id, AnalysisFailures.Stage.COMPARISON, ANALYSIS_VERSION, failed);
                log.warn("Could not compare article {} with its story {}: {}", id, storyId, failure.error());
                left.add(new StoryComparison.NotAnalysed(id, titles.get(id), failure.reason()));
                return without.leavingOut(left);
            }
            throw failed;
        }
    }

    private StoryComparison build(long storyId, String title, List<ArticleDetail> details, Map<Long, AnnotatedArticle> annotated) {
        return builder.build(storyId, title, details, annotated, similarity.vectors(details));
    }

    /** Two articles side by side: each sentence of the first with its counterpart in the second, if any. */
    public SideBySide sideBySide(long a, long b) {
        ArticleDetail first = articles.detail(a);
        ArticleDetail second = articles.detail(b);
        Map<Long, AnnotatedArticle> annotated = annotations.of(List.of(first, second));
        if (annotated.size() < 2) {
            throw new ArticlesNotAnalysedException();
        }
        return SideBySide.of(first, second, annotated, similarity.vectors(List.of(first, second)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryChanged event) {
        cache.invalidate(event.storyId());
    }
}
