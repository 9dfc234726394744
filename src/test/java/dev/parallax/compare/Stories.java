package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.BlockKind;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import dev.parallax.text.ContentWords;
import dev.parallax.text.TermVector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiny stories of our own, compared without a database: each article a list of paragraphs, numbered from 1. */
final class Stories {

    private Stories() {
    }

    /** The comparison of articles given as their paragraphs; the first is article 1, the next 2, and so on. */
    @SafeVarargs
    static StoryComparison compare(List<String>... articles) {
        List<ArticleDetail> details = new ArrayList<>();
        for (int a = 0; a < articles.length; a++) {
            details.add(article(a + 1, articles[a]));
        }
        return compare(details);
    }

    static StoryComparison compare(List<ArticleDetail> articles) {
        Map<Long, TermVector> vectors = new LinkedHashMap<>();
        Map<Long, AnnotatedArticle> annotations = new LinkedHashMap<>();
        for (ArticleDetail article : articles) {
            long id = article.summary().id();
            String text = String.join(" ", article.blocks().stream().map(ArticleDetail.BlockView::text).toList());
            vectors.put(id, TermVector.of(ContentWords.counts(text), word -> 1.0));
            annotations.put(id, ArticleAnnotator.annotate(id, article.blocks().stream()
                    .map(block -> new ArticleAnnotator.Paragraph(block.index(), block.text())).toList()));
        }
        return new ComparisonBuilder().build(1, "Story", articles, annotations, vectors);
    }

    static ArticleDetail article(long id, List<String> paragraphs) {
        List<ArticleDetail.BlockView> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new ArticleDetail.BlockView(i, BlockKind.PARAGRAPH, paragraphs.get(i)));
        }
        return ArticleDetail.of(new ArticleSummary(id, "outlet-" + id + ".txt", "outlet " + id, "Article " + id, false, 1L, 100),
                blocks);
    }
}
