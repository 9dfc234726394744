package dev.parallax.search;

import dev.parallax.text.NameVariants;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the spellings of a name that the corpus itself holds: index terms that the one name matcher takes for
 * spellings of it (one or two edits apart, the same sound: Zelensky, Zelenskyy and Zelenskyi meet; strike and stride
 * do not). Only names have spellings: a word is expanded, and into a candidate, only when the articles use both as
 * words of names ({@link NameLikeWords}, indexed with each article), so "Wes Moore" never finds "was more". No list
 * of names: whatever the articles name, the index knows, as soon as the article is searchable. Each segment's terms are grouped by their
 * sound once (segments never change), so a word's spellings are a look-up and an edit distance on a handful of
 * words that sound like it, not a fuzzy walk over the whole term dictionary.
 */
final class SpellingVariants {

    private static final int MIN_LENGTH = 5;
    private static final int MAX_VARIANTS = 8;
    /** Terms shorter than this are no spelling of a word of MIN_LENGTH letters, even two edits away. */
    private static final int MIN_TERM_LENGTH = MIN_LENGTH - 2;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    SpellingVariants() {
        metaphone.setMaxCodeLen(6);
    }

    /** Variants by word, for the current view of the index. */
    private final PerReaderCache<Set<String>> cache = new PerReaderCache<>(4096);
    /** Each segment's letter terms by primary and by alternate sound, dropped when the segment closes. */
    private final Map<Object, Sounds> segments = new ConcurrentHashMap<>();

    private record Sounds(Map<String, List<String>> primary, Map<String, List<String>> alternate) {
    }

    /**
     * The spellings of a word that the corpus holds: of a name, or of a word the corpus does not hold (a name
     * mistyped, "Quelbrook"); never of an ordinary word the articles use ("more" has no spellings, and "Moore" none
     * that are not names).
     */
    Set<String> of(IndexReader reader, String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)
                || !isName(reader, word) && isInIndex(reader, word)) {
            return Set.of();
        }
        return cache.get(reader, word, unknown -> Set.copyOf(lookUp(reader, unknown)));
    }

    private Set<String> lookUp(IndexReader reader, String word) {
        String primary = metaphone.doubleMetaphone(word);
        String alternate = metaphone.doubleMetaphone(word, true);
        // In term order, as a fuzzy walk of the dictionary would find them; the first letter is kept, as there.
        TreeSet<String> variants = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Sounds sounds = soundsOf(leaf);
            for (List<String> alike : List.of(sounds.primary().getOrDefault(primary, List.of()),
                    sounds.alternate().getOrDefault(alternate, List.of()))) {
                for (String candidate : alike) {
                    if (!candidate.equals(word) && NameVariants.spellingVariants(word, candidate) && isName(reader, candidate)) {
                        variants.add(candidate);
                    }
                }
            }
        }
        return variants.stream().limit(MAX_VARIANTS).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean isInIndex(IndexReader reader, String word) {
        return holds(reader, IndexFields.TEXT_EXACT, word);
    }

    /** Whether some article of this view of the index uses the word as a name. */
    private static boolean isName(IndexReader reader, String word) {
        return holds(reader, IndexFields.NAMES, word);
    }

    private static boolean holds(IndexReader reader, String field, String word) {
        try {
            return reader.docFreq(new Term(field, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sounds soundsOf(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return group(leaf);
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return group(leaf);
        });
    }

    private Sounds group(LeafReaderContext leaf) {
        Map<String, List<String>> primary = new HashMap<>();
        Map<String, List<String>> alternate = new HashMap<>();
        try {
            Terms terms = leaf.reader().terms(IndexFields.TEXT_EXACT);
            if (terms != null) {
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    String text = term.utf8ToString();
                    if (text.length() >= MIN_TERM_LENGTH && text.chars().allMatch(Character::isLetter)) {
                        primary.computeIfAbsent(metaphone.doubleMetaphone(text), code -> new ArrayList<>(2)).add(text);
                        alternate.computeIfAbsent(metaphone.doubleMetaphone(text, true), code -> new ArrayList<>(2)).add(text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sounds(primary, alternate);
    }
}
