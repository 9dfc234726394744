package dev.parallax.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What story grouping asks of the corpus, answered from the index alone: an article's nearest neighbours with their
 * word counts (term vectors), and how rare each word is. Reads the view the index has, without waiting for writes.
 */
@Component
public class CorpusStatistics {

    /** Words of an article that find its neighbours: enough to tell its event, few enough to search fast. */
    private static final int MAX_LIKE_WORDS = 30;

    private final PassageIndex index;

    CorpusStatistics(PassageIndex index) {
        this.index = index;
    }

    /** An article found alike, with its content words and how often it uses each. */
    public record SimilarArticle(long articleId, Map<String, Integer> wordCounts) {
    }

    /**
     * The articles that share most of the given words, weighed by how much each word says about the article
     * (its heaviest words, as TF-IDF picks them). Their word counts come from the index's term vectors, so
     * comparing with them reads nothing from the database.
     */
    public List<SimilarArticle> similarArticles(Map<String, Double> weightedWords, long excludedArticleId, int count) {
        if (!index.isOpen() || weightedWords.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        weightedWords.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_LIKE_WORDS)
                .forEach(word -> like.add(new BoostQuery(new TermQuery(new Term(IndexFields.COMPARABLE, word.getKey())),
                        word.getValue().floatValue()), BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(like.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.ARTICLE, Long.toString(excludedArticleId))), BooleanClause.Occur.MUST_NOT)
                .build();
        try (PassageIndex.Searcher borrowed = index.acquireWithoutWaiting()) {
            IndexSearcher searcher = borrowed.searcher();
            var stored = searcher.storedFields();
            var termVectors = searcher.getIndexReader().termVectors();
            List<SimilarArticle> similar = new ArrayList<>();
            for (var hit : searcher.search(query, count).scoreDocs) {
                long id = Long.parseLong(stored.document(hit.doc, Set.of(IndexFields.ARTICLE)).get(IndexFields.ARTICLE));
                Map<String, Integer> counts = new HashMap<>();
                Terms words = termVectors.get(hit.doc, IndexFields.COMPARABLE);
                if (words != null) {
                    TermsEnum iterator = words.iterator();
                    for (BytesRef word = iterator.next(); word != null; word = iterator.next()) {
                        counts.put(word.utf8ToString(), (int) iterator.totalTermFreq());
                    }
                }
                similar.add(new SimilarArticle(id, counts));
            }
            return similar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How rare each content word is among articles: the IDF that weighs words when articles are compared. */
    public Map<String, Double> inverseDocumentFrequencies(java.util.Collection<String> words) {
        Map<String, Double> idf = new HashMap<>();
        if (!index.isOpen()) {
            words.forEach(word -> idf.put(word, 1.0));
            return idf;
        }
        try (PassageIndex.Searcher borrowed = index.acquireWithoutWaiting()) {
            IndexReader reader = borrowed.searcher().getIndexReader();
            long articles = Math.max(1, reader.getDocCount(IndexFields.COMPARABLE));
            for (String word : words) {
                idf.put(word, Math.log(1.0 + articles / (1.0 + reader.docFreq(new Term(IndexFields.COMPARABLE, word)))));
            }
            return idf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
