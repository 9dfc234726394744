package dev.parallax.text;

/**
 * A name as one sentence writes it, without the title or role before it ("Col." for "Col. Roland L. Butler Jr."),
 * and the article's entity it names.
 */
public record NameMention(Span span, String name, String role, int entity) {
}
