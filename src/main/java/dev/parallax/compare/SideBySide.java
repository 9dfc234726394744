package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.AnnotatedBlock;
import dev.parallax.text.ContentWords;
import dev.parallax.text.Span;
import dev.parallax.text.TermVector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two articles aligned sentence by sentence, for /compare. */
public record SideBySide(ArticleDetail first, ArticleDetail second, double similarity, List<Row> rows,
                         List<StoryComparison.Passage> onlyInSecond) {

    /** A sentence of the first article and its counterpart in the second (null when it has none). */
    public record Row(StoryComparison.Passage left, StoryComparison.Passage right) {
    }

    static SideBySide of(ArticleDetail first, ArticleDetail second, Map<Long, AnnotatedArticle> annotations,
                         Map<Long, TermVector> vectors) {
        List<StorySentence> sentences = new ArrayList<>();
        sentences.addAll(sentencesOf(annotations.get(first.summary().id())));
        sentences.addAll(sentencesOf(annotations.get(second.summary().id())));
        SentenceAlignment alignment = new SentenceAlignment(sentences);
        long firstId = first.summary().id();
        long secondId = second.summary().id();
        List<Row> rows = new ArrayList<>();
        Set<StorySentence> matched = new HashSet<>();
        for (StorySentence sentence : sentences) {
            if (sentence.articleId() != firstId) {
                continue;
            }
            SentenceAlignment.Counterpart best = alignment.bestIn(sentence, secondId);
            if (best != null) {
                matched.add(best.other());
            }
            rows.add(new Row(passage(sentence), best == null ? null : passage(best.other())));
        }
        List<StoryComparison.Passage> onlyInSecond = sentences.stream()
                .filter(s -> s.articleId() == secondId && !matched.contains(s))
                .map(SideBySide::passage)
                .toList();
        double score = vectors.get(firstId).cosine(vectors.get(secondId));
        return new SideBySide(first, second, Math.round(score * 100) / 100.0, rows, onlyInSecond);
    }

    private static List<StorySentence> sentencesOf(AnnotatedArticle article) {
        List<StorySentence> sentences = new ArrayList<>();
        int position = 0;
        for (AnnotatedBlock block : article.blocks()) {
            for (Span span : block.sentences()) {
                String sentence = span.of(block.text());
                sentences.add(new StorySentence(article.articleId(), block.index(), position++, sentence, ContentWords.setOf(sentence)));
            }
        }
        return sentences;
    }

    private static StoryComparison.Passage passage(StorySentence sentence) {
        return new StoryComparison.Passage(sentence.articleId(), sentence.blockIndex(), sentence.text());
    }
}
