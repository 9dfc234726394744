package dev.parallax.story;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.search.PassageIndex;
import dev.parallax.text.TermVector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts each article into a story: it joins the story of its most similar neighbour when they are alike enough,
 * or starts a story of its own. Neighbours come from the index (More Like This), never from comparing the new
 * article with every stored one, so grouping stays near-linear in the corpus.
 */
@Service
public class StoryGrouping {

    /**
     * Cosine of TF-IDF vectors above which two articles report the same event. Reports of one event by different
     * outlets share its names, places and figures and score well above it; articles on different events share
     * only common words, which IDF weighs down, and score well below (StoryGroupingIntegrationTest).
     */
    static final double SAME_EVENT = 0.25;
    private static final int NEIGHBOURS = 10;

    private final StoryRepository stories;
    private final ArticleCatalog catalog;
    private final PassageIndex index;
    private final ArticleSimilarity similarity;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    StoryGrouping(StoryRepository stories, ArticleCatalog catalog, PassageIndex index, ArticleSimilarity similarity,
                  ApplicationEventPublisher events) {
        this.stories = stories;
        this.catalog = catalog;
        this.index = index;
        this.similarity = similarity;
        this.events = events;
    }

    /** Assigns an article to a story unless it has one. Runs after the ingest committed: a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long assign(long articleId) {
        Optional<Long> existing = stories.findStoryIdOfArticle(articleId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ArticleDetail article = catalog.detail(articleId);
        List<ArticleDetail> candidates = catalog.details(
                index.similarArticles(ArticleSimilarity.comparableText(article), articleId, NEIGHBOURS));
        List<ArticleDetail> all = new ArrayList<>(candidates);
        all.add(article);
        Map<Long, TermVector> vectors = similarity.vectors(all);
        TermVector own = vectors.get(articleId);
        Optional<ArticleDetail> nearest = candidates.stream()
                .filter(candidate -> own.cosine(vectors.get(candidate.summary().id())) >= SAME_EVENT)
                .max(Comparator.comparingDouble(candidate -> own.cosine(vectors.get(candidate.summary().id()))));

        Story story = nearest.map(this::storyOf).orElseGet(() -> newStory(article));
        story.gained(article.summary().title(), !article.summary().titleDerived(), clock.instant());
        stories.addArticle(story.getId(), articleId);
        events.publishEvent(new StoryChanged(story.getId()));
        return story.getId();
    }

    private Story storyOf(ArticleDetail neighbour) {
        long neighbourId = neighbour.summary().id();
        return stories.findStoryIdOfArticle(neighbourId)
                .flatMap(stories::findById)
                .orElseGet(() -> {
                    Story story = newStory(neighbour);
                    stories.addArticle(story.getId(), neighbourId);
                    return story;
                });
    }

    private Story newStory(ArticleDetail first) {
        return stories.save(new Story(first.summary().title(), !first.summary().titleDerived(), clock.instant()));
    }
}
