package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/** Small articles of our own, annotated as ingestion annotates them: one string a paragraph. */
final class Annotate {

    private Annotate() {
    }

    static AnnotatedArticle article(String... paragraphs) {
        List<ArticleAnnotator.Paragraph> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new ArticleAnnotator.Paragraph(i, paragraphs[i]));
        }
        return ArticleAnnotator.annotate(1, blocks);
    }

    /** The entity an article calls by this name, its fullest; fails the test when there is none. */
    static Entity entity(AnnotatedArticle article, String name) {
        return article.entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No entity " + name + " among " + article.entities()));
    }

    /** The entities' names, in the article's order. */
    static List<String> names(AnnotatedArticle article) {
        return article.entities().stream().map(Entity::name).toList();
    }

    /** Every name mention of the article, as written there. */
    static List<String> mentions(AnnotatedArticle article) {
        return article.blocks().stream()
                .flatMap(block -> block.names().stream().map(name -> name.span().of(block.text())))
                .toList();
    }

    /** The figures of a one-paragraph article. */
    static List<QuantityMention> figures(String paragraph) {
        return article(paragraph).blocks().getFirst().quantities();
    }

    /** What a figure's span covers in its one-paragraph article. */
    static String written(String paragraph, QuantityMention figure) {
        return figure.span().of(paragraph);
    }
}
