package dev.parallax.story;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.search.PassageIndex;
import dev.parallax.text.ContentWords;
import dev.parallax.text.TermVector;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike articles are: cosine of TF-IDF vectors of their stemmed content words, with IDF from the whole
 * corpus, so that words every article uses weigh little and the names and facts of one event weigh much.
 */
@Component
public class ArticleSimilarity {

    private final PassageIndex index;

    ArticleSimilarity(PassageIndex index) {
        this.index = index;
    }

    /** The text an article is compared by: everything but its discussion questions and related links. */
    public static String comparableText(ArticleDetail article) {
        return article.blocks().stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.HEADING
                        || block.kind() == BlockKind.TITLE)
                .map(ArticleDetail.BlockView::text)
                .collect(Collectors.joining("\n"));
    }

    /** Vectors of several articles weighed by one IDF table, keyed by article id. */
    public Map<Long, TermVector> vectors(Collection<ArticleDetail> articles) {
        Map<Long, Map<String, Integer>> counts = new LinkedHashMap<>();
        Set<String> words = new HashSet<>();
        for (ArticleDetail article : articles) {
            Map<String, Integer> wordCounts = ContentWords.counts(comparableText(article));
            counts.put(article.summary().id(), wordCounts);
            words.addAll(wordCounts.keySet());
        }
        Map<String, Double> idf = index.inverseDocumentFrequencies(words);
        Map<Long, TermVector> vectors = new LinkedHashMap<>();
        counts.forEach((id, wordCounts) -> vectors.put(id, TermVector.of(wordCounts, word -> idf.getOrDefault(word, 1.0))));
        return vectors;
    }
}
