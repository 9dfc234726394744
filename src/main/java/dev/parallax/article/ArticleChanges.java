package dev.parallax.article;

import java.util.List;

/**
 * The articles added, changed or removed since a snapshot of the database, read from the change log that a
 * trigger writes (article_change) in one consistent view, a page at a time.
 */
public final class ArticleChanges {

    /** Receives one page of changes: the articles as they now are, and the ids of those that no longer exist. */
    @FunctionalInterface
    public interface Handler {
        void apply(List<ArticleDetail> present, List<Long> removed);
    }

    /**
     * One article in the change log: its id, and the transaction that wrote all its changes since the snapshot when
     * a single one did (null when several did), so that a reader that indexed the article at that commit can skip it.
     */
    public record Change(long articleId, String onlyTransaction) {
    }

    /**
     * What one read saw: the snapshot to read from next time, how many articles changed, and (when asked for) the
     * fingerprint of the stored articles in that same snapshot.
     */
    public record Read(String snapshot, int changed, CorpusFingerprint fingerprint) {
    }

    private ArticleChanges() {
    }
}
