package dev.parallax.search;

import dev.parallax.ingest.ArticleIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens the index before anything is ingested, then has it follow the database. An article ingested on this node
 * is indexed from its event as soon as its transaction commits, so it is searchable when its ingest returns; the
 * change log brings it, and everything other nodes ingest, to every node.
 */
@Component
class PassageIndexer implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PassageIndexer.class);

    private final PassageIndex index;
    private final IndexFollower follower;

    PassageIndexer(PassageIndex index, IndexFollower follower) {
        this.index = index;
        this.follower = follower;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.openAndRepair();
        follower.start();
    }

    /** Searches answer from the index, so it opens before the seeds or a folder are ingested. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /**
     * Before commit, inside the ingest's transaction: the index notes that transaction, so that the change log's
     * record of it is not read back once the article is indexed at commit.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void noteTransaction(ArticleIngested event) {
        index.willIndexAtCommit(event.articleId(), event.transaction());
    }

    /** After commit, on this node only: the article is searchable when its ingest returns. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleIngested event) {
        indexCommitted(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void forgetRolledBack(ArticleIngested event) {
        index.forgetRolledBack(event.articleId());
    }

    private void indexCommitted(ArticleIngested event) {
        try {
            index.indexCommitted(event.article());
        } catch (RuntimeException e) {
            // The article is safe in the database, and its note says it was not indexed: the change log's reader
            // reads it back and indexes it.
            log.error("Could not index article {}", event.articleId(), e);
        }
    }
}
