package dev.parallax.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A text as TF-IDF weights of its content words, for cosine similarity. */
public record TermVector(Map<String, Double> weights, double norm) {

    public static TermVector of(Map<String, Integer> counts, Function<String, Double> idf) {
        Map<String, Double> weights = new HashMap<>();
        double sumOfSquares = 0;
        for (var entry : counts.entrySet()) {
            double weight = (1 + Math.log(entry.getValue())) * idf.apply(entry.getKey());
            weights.put(entry.getKey(), weight);
            sumOfSquares += weight * weight;
        }
        return new TermVector(weights, Math.sqrt(sumOfSquares));
    }

    /** 1 for texts with the same words in the same proportions, 0 for texts with none in common. */
    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (var entry : small.entrySet()) {
            Double weight = large.get(entry.getKey());
            if (weight != null) {
                dot += entry.getValue() * weight;
            }
        }
        return Math.min(1.0, dot / (norm * other.norm));
    }
}
