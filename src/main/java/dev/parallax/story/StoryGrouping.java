package dev.parallax.story;

import dev.parallax.article.AnalysisFailures;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.search.PassageIndex;
import dev.parallax.text.TermVector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Below the threshold but above this, two dated reports may still be of one event: see {@link Lead}. */
    static final double MAYBE_SAME_EVENT = 0.12;
    private static final Logger log = LoggerFactory.getLogger(StoryGrouping.class);
    private static final int NEIGHBOURS = 10;
    private static final int RECENT_CANDIDATES = 50;
    private static final int MAX_BATCH = 500;
    private static final Duration INDEX_CATCH_UP_WAIT = Duration.ofSeconds(30);
    /** Raised whenever how articles are grouped changes, so that an article grouping gave up on is tried again. */
    static final int VERSION = 2;

    private final StoryRepository stories;
    private final ArticleCatalog catalog;
    private final PassageIndex index;
    private final ArticleSimilarity similarity;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final AnalysisFailures failures;

    StoryGrouping(StoryRepository stories, ArticleCatalog catalog, PassageIndex index, ArticleSimilarity similarity,
                  ApplicationEventPublisher events, TransactionTemplate transactions, JdbcTemplate jdbc,
                  AnalysisFailures failures) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.transactions = transactions;
        this.stories = stories;
        this.catalog = catalog;
        this.index = index;
        this.similarity = similarity;
        this.events = events;
    }

    /**
     * Groups a batch of the articles waiting, unless another node is grouping now (it then takes them too). The
     * index is first caught up with the database, so that neighbours ingested on any node are found. The node holds
     * the grouping lock for the batch and groups each article in a transaction of its own, which deletes its job:
     * each article is grouped exactly once, and one that fails is recorded and tried again later, alone.
     *
     * @return how many articles were grouped or given up; 0 when none wait, the index could not catch up yet, or
     * another node holds the grouping lock
     */
    public int groupWaiting() {
        if (!index.isReady()) {
            return 0; // neighbours are found through the index: a node without one leaves grouping to the others
        }
        if (index.catchUp(INDEX_CATCH_UP_WAIT) < 0) {
            return 0; // a catch-up still running may not hold what other nodes committed yet: group after it
        }
        Integer grouped = jdbc.execute((ConnectionCallback<Integer>) lockHolder -> {
            if (!advisoryLock(lockHolder, "pg_try_advisory_lock")) {
                return 0;
            }
            try {
                return assign(stories.findDueGroupingJobs(MAX_BATCH));
            } finally {
                advisoryLock(lockHolder, "pg_advisory_unlock");
            }
        });
        return grouped == null ? 0 : grouped;
    }

    /** Takes or gives back the grouping lock on a connection of its own, held while the batch is grouped. */
    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, StoryRepository.GROUPING_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /**
     * Assigns articles to stories, in order, each in a transaction that takes its job. Each finds its neighbours
     * through the index, and the articles before it in the same batch count as neighbours too: they may not be
     * searchable yet. An article that makes grouping throw is recorded, waits, and is given up after a few tries.
     */
    private int assign(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return 0;
        }
        index.refresh();
        ArticleSimilarity.Session session = similarity.session();
        List<ArticleDetail> batch = new ArrayList<>();
        List<ArticleDetail> articles = catalog.details(articleIds);
        // An article removed before it was grouped leaves its job behind: nothing would ever take it.
        Set<Long> gone = new HashSet<>(articleIds);
        articles.forEach(article -> gone.remove(article.summary().id()));
        if (!gone.isEmpty()) {
            transactions.executeWithoutResult(status -> stories.deleteGroupingJobs(List.copyOf(gone)));
        }
        int done = gone.size();
        for (ArticleDetail article : articles) {
            long id = article.summary().id();
            try {
                Boolean grouped = transactions.execute(status -> {
                    if (!stories.claimGroupingJob(id)) {
                        return false; // grouped meanwhile, or waiting out a failure
                    }
                    if (stories.findStoryIdOfArticle(id).isEmpty()) {
                        assign(article, batch, session);
                    }
                    stories.deleteGroupingJobs(List.of(id));
                    return true;
                });
                done += Boolean.TRUE.equals(grouped) ? 1 : 0;
            } catch (DataAccessException | TransactionException databaseAway) {
                throw databaseAway; // not the article's fault: the batch stops, and its jobs wait
            } catch (RuntimeException | StackOverflowError failed) {
                AnalysisFailures.Failure failure = failures.record(id, AnalysisFailures.Stage.GROUPING, VERSION, failed);
                log.warn("Could not group article {} ({}): {}", id, failure.givenUp() ? "given up" : "try " + failure.tries(),
                        failure.error());
                transactions.executeWithoutResult(status -> {
                    if (failure.givenUp()) {
                        stories.deleteGroupingJobs(List.of(id));
                    } else {
                        stories.postponeGroupingJob(id, failure.retryAfter());
                    }
                });
                done++;
                continue;
            }
            batch.add(article);
            if (batch.size() > RECENT_CANDIDATES) {
                batch.removeFirst();
            }
        }
        return done;
    }

    private void assign(ArticleDetail article, List<ArticleDetail> recent, ArticleSimilarity.Session session) {
        long articleId = article.summary().id();
        Map<Long, TermVector> candidates = new HashMap<>(session.neighbours(article, NEIGHBOURS));
        Map<Long, ArticleDetail> recentById = new HashMap<>();
        recent.forEach(candidate -> recentById.put(candidate.summary().id(), candidate));
        recent.forEach(candidate -> candidates.putIfAbsent(candidate.summary().id(), session.vector(candidate)));
        TermVector own = session.vector(article);
        Map<Long, Double> alike = new HashMap<>();
        Map<Long, Double> maybe = new HashMap<>();
        candidates.forEach((id, vector) -> {
            double score = own.cosine(vector);
            if (score >= SAME_EVENT) {
                alike.put(id, score);
            } else if (score >= MAYBE_SAME_EVENT) {
                maybe.put(id, score);
            }
        });
        List<Long> unread = new ArrayList<>();
        alike.keySet().stream().filter(id -> !recentById.containsKey(id)).forEach(unread::add);
        maybe.keySet().stream().filter(id -> !recentById.containsKey(id)).forEach(unread::add);
        Map<Long, ArticleDetail> alikeById = new HashMap<>(recentById);
        catalog.details(unread).forEach(detail -> alikeById.put(detail.summary().id(), detail));
        // Reports of one event from different angles share fewer words: close in time, naming the same, leads alike.
        Lead lead = Lead.of(article);
        maybe.forEach((id, score) -> {
            ArticleDetail other = alikeById.get(id);
            if (other != null && lead.oneEventWith(Lead.of(other))) {
                alike.put(id, score);
            }
        });
        // Alike in words, but not one event by when the reports say it happened: a follow-up is a story of its own.
        EventTiming timing = EventTiming.of(article);
        alike.keySet().removeIf(id -> !alikeById.containsKey(id)
                || !timing.mayBeOneEventWith(EventTiming.of(alikeById.get(id)), alike.get(id)));
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
