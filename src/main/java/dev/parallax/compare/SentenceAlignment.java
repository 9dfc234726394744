package dev.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sentences of a story's articles say the same thing: two sentences are counterparts when they share at
 * least three content words and most of the shorter one's. Candidates come from an inverted index of the
 * story's words, so the cost follows the shared words, not the square of the sentence count.
 */
final class SentenceAlignment {

    static final double MIN_OVERLAP = 0.5;
    static final int MIN_SHARED_WORDS = 3;

    /** Two sentences of different articles that say the same thing. */
    record Counterpart(StorySentence one, StorySentence other, double overlap) {
    }

    private final List<StorySentence> sentences;
    private final Map<StorySentence, List<Counterpart>> counterparts = new HashMap<>();

    SentenceAlignment(List<StorySentence> sentences) {
        this.sentences = sentences;
        align();
    }

    private void align() {
        Map<String, List<StorySentence>> byWord = new HashMap<>();
        for (StorySentence sentence : sentences) {
            sentence.words().forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(sentence));
        }
        for (StorySentence sentence : sentences) {
            Map<StorySentence, Integer> shared = new HashMap<>();
            for (String word : sentence.words()) {
                for (StorySentence other : byWord.get(word)) {
                    if (other.articleId() != sentence.articleId()) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (var entry : shared.entrySet()) {
                StorySentence other = entry.getKey();
                int common = entry.getValue();
                double overlap = common / (double) Math.min(sentence.words().size(), other.words().size());
                if (common >= MIN_SHARED_WORDS && overlap >= MIN_OVERLAP) {
                    counterparts.computeIfAbsent(sentence, s -> new ArrayList<>()).add(new Counterpart(sentence, other, overlap));
                }
            }
        }
    }

    List<Counterpart> counterpartsOf(StorySentence sentence) {
        return counterparts.getOrDefault(sentence, List.of());
    }

    /** The best counterpart of a sentence in one other article, if any. */
    Counterpart bestIn(StorySentence sentence, long otherArticleId) {
        Counterpart best = null;
        for (Counterpart counterpart : counterpartsOf(sentence)) {
            if (counterpart.other().articleId() == otherArticleId && (best == null || counterpart.overlap() > best.overlap())) {
                best = counterpart;
            }
        }
        return best;
    }

    /** Whether two sentences say the same thing. */
    boolean areCounterparts(StorySentence one, StorySentence other) {
        return counterpartsOf(one).stream().anyMatch(counterpart -> counterpart.other().equals(other));
    }

    /** How many sentences of one article have a counterpart in another. */
    int alignedSentences(long articleId, long otherArticleId) {
        return (int) sentences.stream()
                .filter(sentence -> sentence.articleId() == articleId && bestIn(sentence, otherArticleId) != null)
                .count();
    }

    /** The share of one article's sentences that have a counterpart in another. */
    double coverage(long articleId, long otherArticleId) {
        int total = 0;
        int matched = 0;
        for (StorySentence sentence : sentences) {
            if (sentence.articleId() == articleId) {
                total++;
                if (bestIn(sentence, otherArticleId) != null) {
                    matched++;
                }
            }
        }
        return total == 0 ? 0 : matched / (double) total;
    }

    List<StorySentence> withoutCounterpart(long articleId) {
        return sentences.stream()
                .filter(sentence -> sentence.articleId() == articleId && counterpartsOf(sentence).isEmpty())
                .toList();
    }

    Set<Long> articlesSaying(StorySentence sentence) {
        Set<Long> articles = new HashSet<>();
        articles.add(sentence.articleId());
        counterpartsOf(sentence).forEach(counterpart -> articles.add(counterpart.other().articleId()));
        return articles;
    }
}
