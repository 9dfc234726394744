package dev.parallax.search;

import dev.parallax.ingest.ArticleIngested;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;

/**
 * Opens the index before anything is ingested, then has it follow the database. An article ingested on this node
 * is searchable when its ingest returns: the ingest waits briefly for the index to catch up with its commit.
 */
@Component
class PassageIndexer implements ApplicationRunner, Ordered {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(2);

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

    // After completion, not after commit: a per-node wake-up, not work to be recorded and done once.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(ArticleIngested event) {
        follower.catchUpAndWait(READ_YOUR_WRITE);
    }
}
