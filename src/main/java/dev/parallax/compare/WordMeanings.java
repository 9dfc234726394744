package dev.parallax.compare;

import dev.parallax.text.SentenceEmbeddings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two nouns mean the same thing ("troops" and "soldiers", "quake" and "earthquake"), by the cosine of their
 * embeddings; each word is embedded once per comparison, in one batch.
 */
final class WordMeanings {

    /** Above this, two nouns are synonyms: troops and soldiers (0.89), cars and vehicles (0.87), not jobs and workers (0.68). */
    static final double SYNONYMS = 0.75;

    private final Map<String, float[]> vectors = new HashMap<>();

    WordMeanings(Collection<String> words) {
        List<String> distinct = new ArrayList<>(words.stream().filter(Objects::nonNull)
                .map(word -> word.toLowerCase(Locale.ROOT)).distinct().toList());
        List<float[]> embedded = SentenceEmbeddings.embed(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            vectors.put(distinct.get(i), embedded.get(i));
        }
    }

    boolean synonyms(String one, String other) {
        if (one == null || other == null) {
            return false;
        }
        float[] a = vectors.get(one.toLowerCase(Locale.ROOT));
        float[] b = vectors.get(other.toLowerCase(Locale.ROOT));
        return a != null && b != null && SentenceEmbeddings.cosine(a, b) >= SYNONYMS;
    }
}
