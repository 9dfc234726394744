package dev.parallax.ingest;

import dev.parallax.article.Block;

import java.time.LocalDate;
import java.util.List;

/** An article read from its text, ready to be stored. */
record ParsedArticle(String title, boolean titleDerived, String source, String url, LocalDate published,
                     List<Block> blocks) {
}
