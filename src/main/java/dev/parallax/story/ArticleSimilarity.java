package dev.parallax.story;

import dev.parallax.article.ArticleDetail;
import dev.parallax.search.CorpusStatistics;
import dev.parallax.text.ContentWords;
import dev.parallax.text.TermVector;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How alike articles are: cosine of TF-IDF vectors of their stemmed content words, with IDF from the whole
 * corpus, so that words every article uses weigh little and the names and facts of one event weigh much.
 */
@Component
public class ArticleSimilarity {

    private final CorpusStatistics index;

    ArticleSimilarity(CorpusStatistics index) {
        this.index = index;
    }

    /**
     * Vectors and IDF remembered across many comparisons: grouping a batch compares each article with its
     * neighbours, and weighing the same article or word again for every neighbour would dominate the cost.
     */
    public final class Session {
        private final Map<Long, TermVector> vectors = new HashMap<>();
        private final Map<String, Double> idf = new HashMap<>();

        public TermVector vector(ArticleDetail article) {
            return vectors.computeIfAbsent(article.summary().id(), id -> weigh(ContentWords.counts(article.comparableText())));
        }

        /** The articles nearest to one, found through the index, with their vectors. */
        public Map<Long, TermVector> neighbours(ArticleDetail article, int count) {
            Map<Long, TermVector> neighbours = new LinkedHashMap<>();
            for (CorpusStatistics.SimilarArticle similar :
                    index.similarArticles(vector(article).weights(), article.summary().id(), count)) {
                neighbours.put(similar.articleId(),
                        vectors.computeIfAbsent(similar.articleId(), id -> weigh(similar.wordCounts())));
            }
            return neighbours;
        }

        private TermVector weigh(Map<String, Integer> wordCounts) {
            Set<String> unknown = new HashSet<>(wordCounts.keySet());
            unknown.removeAll(idf.keySet());
            if (!unknown.isEmpty()) {
                idf.putAll(index.inverseDocumentFrequencies(unknown));
            }
            return TermVector.of(wordCounts, word -> idf.getOrDefault(word, 1.0));
        }
    }

    public Session session() {
        return new Session();
    }

    /** Vectors of several articles weighed by one IDF table, keyed by article id. */
    public Map<Long, TermVector> vectors(Collection<ArticleDetail> articles) {
        Session session = session();
        Map<Long, TermVector> vectors = new LinkedHashMap<>();
        for (ArticleDetail article : articles) {
            vectors.put(article.summary().id(), session.vector(article));
        }
        return vectors;
    }
}
