package dev.parallax.search;

import dev.parallax.text.Analysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query language readers know: words (all required), "phrases", OR, -word, prefix*, word~ and source:NAME.
 * A word matches its stem (missiles, missile) and the spellings of it the corpus holds (Zelensky, Zelenskyy);
 * a phrase matches exactly. In highlighting mode it builds the same query in terms of the stored exact text.
 */
final class ReaderQueryParser extends QueryParser {

    static final String SOURCE_FIELD = "source";
    private static final int MIN_PREFIX = 2;
    private static final int MAX_HIGHLIGHT_FORMS = 64;

    /** Shared by every query: an analyzer keeps its token streams per thread, so a search builds none anew. */
    private static final Analyzer STEMMED = SearchAnalyzers.stemmed();
    private static final Analyzer EXACT = SearchAnalyzers.exact();

    private final Analyzer stemmed = STEMMED;
    private final Analyzer exact = EXACT;
    private final IndexReader reader;
    private final String stemField;
    private final String exactField;
    private final SpellingVariants variants;
    private final boolean highlighting;
    private final Set<String> words = new LinkedHashSet<>();

    /** How the query is used: to match articles, to rank an article's passages, or to mark words in them. */
    enum Purpose { MATCH, RANK_PASSAGES, HIGHLIGHT }

    ReaderQueryParser(IndexReader reader, SpellingVariants variants, Purpose purpose) {
        super(purpose == Purpose.MATCH ? IndexFields.ARTICLE_EXACT : IndexFields.TEXT_EXACT, EXACT);
        // Articles are matched on their whole-article fields, passages ranked and marked on theirs.
        this.stemField = purpose == Purpose.MATCH ? IndexFields.ARTICLE_TEXT : IndexFields.TEXT;
        this.exactField = purpose == Purpose.MATCH ? IndexFields.ARTICLE_EXACT : IndexFields.TEXT_EXACT;
        this.reader = reader;
        this.variants = variants;
        this.highlighting = purpose == Purpose.HIGHLIGHT;
        // An article must have every word; any passage of it that has some of them is worth showing.
        setDefaultOperator(purpose == Purpose.MATCH ? Operator.AND : Operator.OR);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true); // "US-made" is one word to a reader: match it as a phrase
    }

    /** The plain words of the last parsed query, normalised: what a spelling suggestion may replace. */
    Set<String> words() {
        return words;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (SOURCE_FIELD.equals(field)) {
            return getDefaultOperator() == Operator.OR ? null : new TermQuery(new Term(IndexFields.SOURCE_KEY, PassageDocuments.sourceKey(queryText)));
        }
        if (!exactField.equals(field)) {
            // An unknown "field:" is just text that happens to contain a colon.
            return super.getFieldQuery(exactField, field + " " + queryText, true);
        }
        List<String> exactTerms = Analysis.terms(exact, IndexFields.TEXT_EXACT, queryText);
        if (quoted || exactTerms.size() != 1) {
            return super.getFieldQuery(exactField, queryText, quoted);
        }
        String word = exactTerms.getFirst();
        words.add(word);
        Set<String> spellings = variants.of(reader, word);
        List<String> stems = Analysis.terms(stemmed, IndexFields.TEXT, queryText);
        if (highlighting) {
            return highlightQuery(word, spellings, stems);
        }
        SynonymQuery.Builder sameWord = new SynonymQuery.Builder(exactField).addTerm(new Term(exactField, word));
        spellings.forEach(spelling -> sameWord.addTerm(new Term(exactField, spelling), 0.9f));
        if (stems.isEmpty()) {
            return sameWord.build();
        }
        return new BooleanQuery.Builder()
                .add(sameWord.build(), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(stemField, stems.getFirst())), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * Marks what the search matched, as plain terms of the exact text so that the highlighter can read offsets
     * from the postings: the word, the forms of it that share its stem (missile, missiles), and its spellings.
     */
    private Query highlightQuery(String word, Set<String> spellings, List<String> stems) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, word)), BooleanClause.Occur.SHOULD);
        if (!stems.isEmpty()) {
            String stem = stems.getFirst();
            for (String form : termsStartingWith(commonPrefix(word, stem), MAX_HIGHLIGHT_FORMS)) {
                if (!form.equals(word) && Analysis.terms(stemmed, IndexFields.TEXT, form).equals(stems)) {
                    any.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, form)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        spellings.forEach(spelling -> any.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, spelling)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Index terms of the exact text with a prefix, in order, at most a given number. */
    private List<String> termsStartingWith(String prefix, int limit) {
        List<String> found = new ArrayList<>();
        if (prefix.length() < MIN_PREFIX) {
            return found;
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT_EXACT);
            if (terms == null) {
                return found;
            }
            TermsEnum iterator = terms.iterator();
            BytesRef start = new BytesRef(prefix);
            if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return found;
            }
            for (BytesRef term = iterator.term(); term != null && found.size() < limit
                    && StringHelper.startsWith(term, start); term = iterator.next()) {
                found.add(term.utf8ToString());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String prefix = normalizedWord(field, termStr);
        if (prefix.length() < MIN_PREFIX) {
            throw new ParseException("A prefix needs at least " + MIN_PREFIX + " letters before the *.");
        }
        if (highlighting) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            termsStartingWith(prefix, MAX_HIGHLIGHT_FORMS)
                    .forEach(term -> any.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, term)), BooleanClause.Occur.SHOULD));
            return any.build();
        }
        return new PrefixQuery(new Term(exactField, prefix));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String word = normalizedWord(field, termStr);
        words.add(word);
        return new FuzzyQuery(new Term(exactField, word), word.length() >= 6 ? 2 : 1, 1);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        throw new ParseException("Only a trailing * is supported.");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("Regular expressions are not supported.");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw new ParseException("Ranges are not supported.");
    }

    private String normalizedWord(String field, String termStr) throws ParseException {
        if (!exactField.equals(field)) {
            throw new ParseException("Only the text can be searched by prefix or similarity.");
        }
        return exact.normalize(IndexFields.TEXT_EXACT, termStr).utf8ToString();
    }

    private static String commonPrefix(String one, String other) {
        int length = 0;
        while (length < Math.min(one.length(), other.length()) && one.charAt(length) == other.charAt(length)) {
            length++;
        }
        return one.substring(0, length);
    }
}
