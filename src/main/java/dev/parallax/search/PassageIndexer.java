package dev.parallax.search;

import dev.parallax.ingest.ArticleIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps the passage index in step with ingestion: repaired before the seeds load, then fed each new article. */
@Component
@Order(-10)
class PassageIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PassageIndexer.class);

    private final PassageIndex index;

    PassageIndexer(PassageIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.openAndRepair();
    }

    @TransactionalEventListener
    @Order(1) // before stories: they find an article's neighbours through the index
    void on(ArticleIngested event) {
        try {
            index.index(event.article());
        } catch (RuntimeException e) {
            // The article is safe in the database; the index catches up at the next start.
            log.error("Could not index article {}", event.articleId(), e);
        }
    }
}
