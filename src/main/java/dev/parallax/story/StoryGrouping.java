package dev.parallax.story;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.search.PassageIndex;
import dev.parallax.text.TermVector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts each article into a story: it joins the story of its most similar neighbour when they are alike enough,
 * or starts a story of its own. Neighbours come from the index (a query of its heaviest words), never from
 * comparing the new article with every stored one, so grouping stays near-linear in the corpus.
 */
@Service
public class StoryGrouping {

    /**
     * Cosine of TF-IDF vectors above which two articles report the same event. Reports of one event by different
     * outlets share its names, places and figures and score well above it; articles on different events share
     * only common words, which IDF weighs down, and score well below (StoryGroupingIntegrationTest).
     */
    static final double SAME_EVENT = 0.25;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoryGrouping.class);
    private static final int NEIGHBOURS = 10;
    private static final int RECENT_CANDIDATES = 50;
    private static final int MAX_BATCH = 500;
    private static final Duration INDEX_CATCH_UP_WAIT = Duration.ofSeconds(30);

    private final StoryRepository stories;
    private final ArticleCatalog catalog;
    private final PassageIndex index;
    private final ArticleSimilarity similarity;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    private final TransactionTemplate transactions;

    StoryGrouping(StoryRepository stories, ArticleCatalog catalog, PassageIndex index, ArticleSimilarity similarity,
                  ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.stories = stories;
        this.catalog = catalog;
        this.index = index;
        this.similarity = similarity;
        this.events = events;
    }

    /**
     * Groups a batch of the articles waiting, unless another node is grouping now (it then takes them too). The
     * index is first caught up with the database, so that neighbours ingested on any node are found; the batch's
     * jobs are deleted in the transaction that groups them, so each article is grouped exactly once.
     *
     * @return how many articles were grouped; 0 when none wait, the index could not catch up yet, or another node
     * holds the grouping lock
     */
    public int groupWaiting() {
        if (!index.isReady()) {
            return 0; // neighbours are found through the index: a node without one leaves grouping to the others
        }
        if (index.catchUp(INDEX_CATCH_UP_WAIT) < 0) {
            return 0; // a catch-up still running may not hold what other nodes committed yet: group after it
        }
        Integer grouped = transactions.execute(status -> {
            if (!stories.tryGroupingLock()) {
                return 0;
            }
            List<Long> batch = stories.claimGroupingJobs(MAX_BATCH);
            if (!batch.isEmpty()) {
                assign(batch);
                stories.deleteGroupingJobs(batch);
            }
            return batch.size();
        });
        return grouped == null ? 0 : grouped;
    }

    /**
     * Assigns articles to stories, in order. Each finds its neighbours through the index, and the articles before
     * it in the same batch count as neighbours too: they may not be searchable yet.
     */
    public void assign(List<Long> articleIds) {
        index.refresh();
        ArticleSimilarity.Session session = similarity.session();
        List<ArticleDetail> batch = new ArrayList<>();
        for (ArticleDetail article : catalog.details(articleIds)) {
            // A transaction per article keeps the persistence context small however large the batch.
            transactions.executeWithoutResult(status -> {
                if (stories.findStoryIdOfArticle(article.summary().id()).isEmpty()) {
                    assign(article, batch, session);
                }
            });
            batch.add(article);
            if (batch.size() > RECENT_CANDIDATES) {
                batch.removeFirst();
            }
        }
    }

    private void assign(ArticleDetail article, List<ArticleDetail> recent, ArticleSimilarity.Session session) {
        long articleId = article.summary().id();
        Map<Long, TermVector> candidates = new HashMap<>(session.neighbours(article, NEIGHBOURS));
        Map<Long, ArticleDetail> recentById = new HashMap<>();
        recent.forEach(candidate -> recentById.put(candidate.summary().id(), candidate));
        recent.forEach(candidate -> candidates.putIfAbsent(candidate.summary().id(), session.vector(candidate)));
        TermVector own = session.vector(article);
        Map<Long, Double> alike = new HashMap<>();
        candidates.forEach((id, vector) -> {
            double score = own.cosine(vector);
            if (score >= SAME_EVENT) {
                alike.put(id, score);
            }
        });
        log.debug("Article {} is alike {} of its {} candidates", articleId, alike.size(), candidates.size());
        List<Long> nearestFirst = alike.keySet().stream()
                .sorted(Comparator.comparingDouble((Long id) -> alike.get(id)).reversed().thenComparing(id -> id))
                .toList();
        // The closest article that already has a story decides; one without a story only starts one with it.
        Map<Long, Long> storyOfArticle = stories.findStoryIdsOfArticles(nearestFirst);
        Optional<Story> joined = nearestFirst.stream()
                .filter(storyOfArticle::containsKey)
                .findFirst()
                .flatMap(id -> stories.findById(storyOfArticle.get(id)));
        Story story = joined
                .or(() -> nearestFirst.stream().findFirst().map(id -> storyWith(recentById.get(id), id)))
                .orElseGet(() -> newStory(article));
        story.gained(article.summary().title(), !article.summary().titleDerived(), clock.instant());
        stories.addArticle(story.getId(), articleId);
        events.publishEvent(new StoryChanged(story.getId(), story.getVersion()));
    }

    /** Starts a story with a neighbour that has none yet (grouped later in this batch, or not yet at all). */
    private Story storyWith(ArticleDetail neighbour, long neighbourId) {
        ArticleDetail first = neighbour != null ? neighbour : catalog.details(List.of(neighbourId)).getFirst();
        Story story = newStory(first);
        stories.addArticle(story.getId(), neighbourId);
        return story;
    }

    private Story newStory(ArticleDetail first) {
        return stories.save(new Story(first.summary().title(), !first.summary().titleDerived(), clock.instant()));
    }
}
