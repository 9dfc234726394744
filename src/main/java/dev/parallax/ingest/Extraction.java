package dev.parallax.ingest;

/** How an article's text was taken from what arrived; kept with the article. */
public enum Extraction {
    /** Plain text, as it came. */
    TEXT,
    /** Text after a front-matter header. */
    FRONT_MATTER,
    /** The page's structured data: JSON-LD {@code articleBody} (a NewsArticle's, or a live blog's updates). */
    JSON_LD,
    /** The page's main text found in its DOM, readability-style: the block that holds most of the prose. */
    DOM,
    /** Every paragraph of the page without its chrome, when no block holds the article. */
    PLAIN
}
