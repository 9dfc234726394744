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

    /**
     * Word counts and IDF remembered across many comparisons: grouping a batch compares each article with its
     * neighbours, and analysing the same article again for every neighbour it has would dominate the cost.
     */
    public final class Session {
        private final Map<Long, Map<String, Integer>> counts = new java.util.HashMap<>();
        private final Map<Long, TermVector> vectors = new java.util.HashMap<>();
        private final Map<String, Double> idf = new java.util.HashMap<>();

        public TermVector vector(ArticleDetail article) {
            return vectors.computeIfAbsent(article.summary().id(), id -> {
                Map<String, Integer> wordCounts = counts.computeIfAbsent(id, key -> ContentWords.counts(comparableText(article)));
                Set<String> unknown = new HashSet<>(wordCounts.keySet());
                unknown.removeAll(idf.keySet());
                if (!unknown.isEmpty()) {
                    idf.putAll(index.inverseDocumentFrequencies(unknown));
                }
                return TermVector.of(wordCounts, word -> idf.getOrDefault(word, 1.0));
            });
        }
    }

    public Session session() {
        return new Session();
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
