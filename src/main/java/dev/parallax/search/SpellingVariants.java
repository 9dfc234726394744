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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

    private static final int CACHED_WORDS = 4096;

    /** Variants by word for one view of the index; building fuzzy automata is the costly part of a search. */
    private volatile Cache cache = new Cache(null);

    private record Cache(Object readerKey, Map<String, Set<String>> variants) {
        Cache(Object readerKey) {
            this(readerKey, Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > CACHED_WORDS;
                }
            }));
        }
    }

    Set<String> of(IndexReader reader, String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        Object readerKey = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        Cache current = cache;
        if (current.readerKey() != readerKey) {
            current = new Cache(readerKey); // the index changed: its terms may hold new spellings
            cache = current;
        }
        Set<String> known = current.variants().get(word);
        if (known != null) {
            return known;
        }
        Set<String> found = Set.copyOf(lookUp(reader, word));
        current.variants().put(word, found);
        return found;
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
