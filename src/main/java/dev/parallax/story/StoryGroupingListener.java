package dev.parallax.story;

import dev.parallax.ingest.ArticleIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/** Groups each new article after it is stored and indexed; at start-up, any article still without a story. */
@Component
@Order(-5)
class StoryGroupingListener implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoryGroupingListener.class);

    private final StoryGrouping grouping;
    private final StoryRepository stories;

    StoryGroupingListener(StoryGrouping grouping, StoryRepository stories) {
        this.grouping = grouping;
        this.stories = stories;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> waiting = stories.findArticleIdsWithoutStory();
        if (!waiting.isEmpty()) {
            log.info("Grouping {} articles that have no story yet", waiting.size());
            waiting.forEach(this::assign);
        }
    }

    @TransactionalEventListener
    @Order(2) // after the search index has the article: neighbours are found through it
    void on(ArticleIngested event) {
        assign(event.articleId());
    }

    /** One article at a time, each committed before the next: two articles of a new event must meet in one story. */
    private synchronized void assign(long articleId) {
        try {
            grouping.assign(articleId);
        } catch (RuntimeException e) {
            // The article is stored; it is grouped at the next start.
            log.error("Could not group article {} into a story", articleId, e);
        }
    }
}
