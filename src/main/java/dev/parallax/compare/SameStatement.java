package dev.parallax.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a sentence of another article makes the statement a sentence makes: most of the statement's words are in
 * it (not merely most of the shorter sentence's), and so are all the statement's figures. "At least 34 people were
 * killed in Jajarkot" is not made by "37 people died in Jajarkot", nor by a sentence without the figure: a reader
 * shown the two as one statement would take both outlets to report 34.
 */
final class SameStatement {

    static final double MIN_OVERLAP = 0.5;
    static final int MIN_SHARED_WORDS = 3;

    private final Map<String, Set<String>> figures = new HashMap<>();

    SameStatement(List<StoryComparison.NumberGroup> numbers) {
        numbers.forEach(group -> group.values().forEach(value -> figures
                .computeIfAbsent(value.articleId() + "|" + value.sentence(), key -> new HashSet<>())
                .add(value.normalized() + " " + value.normalizedUnit())));
    }

    /** Whether the other sentence makes the statement: most of its words, all of its figures. */
    boolean test(StorySentence statement, StorySentence other) {
        int common = sharedWords(statement, other);
        return common >= MIN_SHARED_WORDS && common >= MIN_OVERLAP * statement.words().size() && holdsFiguresOf(statement, other);
    }

    static int sharedWords(StorySentence one, StorySentence other) {
        int shared = 0;
        for (String word : one.words()) {
            if (other.words().contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    /** Every figure of the statement stands in the other sentence too. */
    boolean holdsFiguresOf(StorySentence statement, StorySentence other) {
        return figuresOf(other).containsAll(figuresOf(statement));
    }

    Set<String> figuresOf(StorySentence sentence) {
        return figures.getOrDefault(sentence.articleId() + "|" + sentence.text(), Set.of());
    }
}
