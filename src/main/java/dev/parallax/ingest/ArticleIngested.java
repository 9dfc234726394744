package dev.parallax.ingest;

import dev.parallax.article.ArticleDetail;

/**
 * Published inside the transaction that stores a new article, with what was stored and that transaction's id as
 * the change log records it: listeners may add to that transaction (the grouping job) or react after it commits
 * (the search index) without reading the article back.
 */
public record ArticleIngested(ArticleDetail article, String transaction) {

    public long articleId() {
        return article.summary().id();
    }
}
