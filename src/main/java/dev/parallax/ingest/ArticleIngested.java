package dev.parallax.ingest;

import dev.parallax.article.ArticleDetail;

/**
 * Published when a new article has been stored, with what was stored, so that listeners reacting after the
 * transaction commits need not read it back.
 */
public record ArticleIngested(ArticleDetail article) {

    public long articleId() {
        return article.summary().id();
    }
}
