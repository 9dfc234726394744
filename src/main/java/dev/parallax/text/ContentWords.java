package dev.parallax.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of a text that carry its meaning: stop words dropped, the rest stemmed (Lucene's English chain). */
public final class ContentWords {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private ContentWords() {
    }

    /** The analysis behind these words, for indexing them the same way. */
    public static Analyzer analyzer() {
        return ENGLISH;
    }

    public static List<String> of(String text) {
        return Analysis.terms(ENGLISH, "text", text);
    }

    public static Set<String> setOf(String text) {
        return new HashSet<>(of(text));
    }

    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        of(text).forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }

    /** Shared words over all words of the two sets: 1 for the same words, 0 for none in common. */
    public static double jaccard(Set<String> one, Set<String> other) {
        if (one.isEmpty() && other.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : one) {
            if (other.contains(word)) {
                shared++;
            }
        }
        return shared / (double) (one.size() + other.size() - shared);
    }
}
