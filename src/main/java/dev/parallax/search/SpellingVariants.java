package dev.parallax.search;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the spellings of a word that the corpus itself holds: index terms within one or two edits that also
 * sound the same (Double Metaphone). Zelensky, Zelenskyy and Zelenskyi meet; strike and stride do not.
 * No list of names: whatever the articles spell, the index knows.
 */
final class SpellingVariants {

    private static final int MIN_LENGTH = 5;
    private static final int MAX_VARIANTS = 8;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    SpellingVariants() {
        metaphone.setMaxCodeLen(6);
    }

    /** Variants by word; building fuzzy automata is the costly part of a search. */
    private final PerReaderCache<Set<String>> cache = new PerReaderCache<>(4096);

    Set<String> of(IndexReader reader, String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        return cache.get(reader, word, unknown -> Set.copyOf(lookUp(reader, unknown)));
    }

    private Set<String> lookUp(IndexReader reader, String word) {
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT_EXACT);
            if (terms == null) {
                return Set.of();
            }
            int maxEdits = word.length() >= 8 ? 2 : 1;
            TermsEnum candidates = new FuzzyQuery(new Term(IndexFields.TEXT_EXACT, word), maxEdits, 1).getTermsEnum(terms);
            Set<String> variants = new LinkedHashSet<>();
            for (BytesRef term = candidates.next(); term != null && variants.size() < MAX_VARIANTS; term = candidates.next()) {
                String candidate = term.utf8ToString();
                if (!candidate.equals(word) && soundAlike(word, candidate)) {
                    variants.add(candidate);
                }
            }
            return variants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean soundAlike(String one, String other) {
        return metaphone.isDoubleMetaphoneEqual(one, other) || metaphone.isDoubleMetaphoneEqual(one, other, true);
    }
}
