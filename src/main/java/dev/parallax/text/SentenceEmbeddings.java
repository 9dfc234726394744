package dev.parallax.text;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/**
 * Meaning as vectors: all-MiniLM-L6-v2 (quantised, ONNX), run in-process on the CPU from the model inside its jar;
 * nothing is downloaded. For where meaning matters more than shared words: whether "troops" and "soldiers" count
 * the same people, whether two wordings are one statement.
 */
public final class SentenceEmbeddings {

    private static final class Loaded {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEmbeddings() {
    }

    /** Loads the model now rather than with the first comparison. */
    public static void warmUp() {
        Loaded.MODEL.embed("The model is loaded.");
    }

    /** The vectors of some texts, in order. */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return Loaded.MODEL.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList();
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
