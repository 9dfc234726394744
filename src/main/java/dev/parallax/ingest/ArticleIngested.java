package dev.parallax.ingest;

/** Published when a new article has been stored; listeners react after the transaction commits. */
public record ArticleIngested(long articleId) {
}
