package dev.parallax.ingest;

import dev.parallax.article.Block;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article read from its text, ready to be stored.
 *
 * @param published   the day it was published, as the outlet dated it
 * @param publishedAt the instant, when the source gave a time with its offset
 * @param extraction  how its text was taken from what arrived
 */
record ParsedArticle(String title, boolean titleDerived, String source, String url, LocalDate published,
                     Instant publishedAt, String author, String language, Extraction extraction, List<Block> blocks) {
}
