package dev.parallax.ingest;

import dev.parallax.article.ArticleSummary;

/** The article a text became, and whether it is new or was ingested before. */
public record IngestionOutcome(ArticleSummary article, boolean created) {
}
