package dev.parallax.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Meaning as vectors: all-MiniLM-L6-v2 (quantised, ONNX), run in-process on the CPU from the model inside its jar;
 * nothing is downloaded. For where meaning matters more than shared words: whether "troops" and "soldiers" count
 * the same people, whether two wordings are one statement.
 */
public final class SentenceEmbeddings {

    private static final class Loaded {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
        static final int DIMENSION = MODEL.dimension();
    }

    /**
     * Quotes and nouns a story's comparison embedded, kept for its next comparison: a story that gains an article is
     * compared again, mostly with the same words. 20,000 vectors of 384 floats: about 30 MB at most.
     */
    private static final Cache<String, float[]> KNOWN = Caffeine.newBuilder().maximumSize(20_000).build();

    private SentenceEmbeddings() {
    }

    /** Loads the model now rather than with the first comparison. */
    public static void warmUp() {
        Loaded.MODEL.embed("The model is loaded.");
    }

    /**
     * The vectors of some texts, in order; texts embedded before come from a bounded cache. A text without a letter
     * or a digit means nothing: its vector is all zeros, alike to no other.
     */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<String> unknown = texts.stream().filter(text -> !meaningless(text)).distinct()
                .filter(text -> KNOWN.getIfPresent(text) == null).toList();
        if (!unknown.isEmpty()) {
            List<Embedding> embedded = Loaded.MODEL.embedAll(unknown.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < unknown.size(); i++) {
                KNOWN.put(unknown.get(i), embedded.get(i).vector());
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (meaningless(text)) {
                vectors.add(new float[Loaded.DIMENSION]);
                continue;
            }
            float[] vector = KNOWN.getIfPresent(text);
            vectors.add(vector != null ? vector : Loaded.MODEL.embed(text).content().vector());
        }
        return vectors;
    }

    /**
     * No letter and no digit: spaces, control characters, a soft hyphen alone, punctuation. The model refuses some of
     * these outright (its tokenizer leaves nothing) and has nothing to say of the others.
     */
    static boolean meaningless(String text) {
        return text == null || text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** 1 for the same meaning, near 0 for unrelated texts. */
    public static double cosine(float[] one, float[] other) {
        double dot = 0;
        double normOne = 0;
        double normOther = 0;
        for (int i = 0; i < one.length; i++) {
            dot += one[i] * other[i];
            normOne += one[i] * one[i];
            normOther += other[i] * other[i];
        }
        return normOne == 0 || normOther == 0 ? 0 : dot / Math.sqrt(normOne * normOther);
    }
}
