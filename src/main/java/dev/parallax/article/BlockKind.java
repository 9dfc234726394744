package dev.parallax.article;

/** What a block is to a reader; names are part of the JSON contract. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, QUESTION, RELATED
}
