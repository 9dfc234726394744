package dev.parallax.article;

/**
 * What identifies the set of stored articles cheaply: articles are only ever added, with increasing ids, so
 * their count, highest id and id sum change whenever the set does. Derived stores compare themselves to it.
 */
public record CorpusFingerprint(long count, long maxId, long idSum) {

    public static final CorpusFingerprint EMPTY = new CorpusFingerprint(0, 0, 0);

    public CorpusFingerprint plus(long articleId) {
        return new CorpusFingerprint(count + 1, Math.max(maxId, articleId), idSum + articleId);
    }
}
