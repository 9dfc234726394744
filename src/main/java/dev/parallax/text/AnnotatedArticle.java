package dev.parallax.text;

import java.util.List;

/**
 * An article annotated once: its paragraphs with their sentences, tokens and typed mentions (all by character
 * offsets into the paragraph's text), and the entities its names refer to. The version says which annotator made it.
 */
public record AnnotatedArticle(long articleId, int version, List<Entity> entities, List<AnnotatedBlock> blocks) {

    public Entity entity(int index) {
        return entities.get(index);
    }

    /** The speaker of a quotation by name, or null when the article does not name one. */
    public String speakerOf(Quotation quote) {
        return quote.speaker() == null ? null : entities.get(quote.speaker()).name();
    }
}
