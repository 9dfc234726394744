package dev.parallax.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches the coverage: articles that hold every word, ranked by BM25, each shown by its best passages with the
 * words highlighted; counts by source; a spelling suggestion when nothing matches.
 */
@Service
public class CoverageSearch {

    static final int MAX_QUERY_LENGTH = 256;
    static final int MAX_WORDS = 32;
    static final int MAX_PAGE_SIZE = 50;
    static final int MAX_RESULT_DEPTH = 1000;
    /** Two passages tell a reader whether an article is the one; more only lengthen the page and the search. */
    private static final int PASSAGES_PER_ARTICLE = 2;
    private static final int MAX_PASSAGES_SCANNED = 200;
    /** Sources shown with their counts: the most frequent, as a page shows them, however many the corpus holds. */
    static final int MAX_SOURCE_FACETS = 20;
    private static final int SNIPPET_FALLBACK_CHARS = 240;
    /** The highlighter reads the words' offsets from the postings; it would analyse with this a field kept without them. */
    private static final org.apache.lucene.analysis.Analyzer HIGHLIGHT_ANALYZER = SearchAnalyzers.exact();
    private static final Pattern SYNTAX = Pattern.compile("[\"*~^():\\[\\]{}!+\\\\/&|-]");

    private final PassageIndex index;
    private final SpellingVariants variants;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private final PerReaderCache<String> closestKnownWords = new PerReaderCache<>(4096);
    private final SourceFacets sourceFacets = new SourceFacets();

    private final Timer latency;

    CoverageSearch(PassageIndex index, MeterRegistry meters) {
        this.index = index;
        this.variants = new SpellingVariants();
        this.latency = Timer.builder("parallax.search")
                .description("Time to answer a search, in the portal")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(meters);
    }

    /** What a reader asked for; page is zero-based. */
    public record Request(String query, int page, int size, String source) {
    }

    public SearchResults search(Request request) {
        String text = request.query() == null ? "" : request.query().strip();
        if (text.isEmpty()) {
            throw new SearchRefusedException("Type a word or a phrase to search for.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new SearchRefusedException("Searches are limited to %d characters.".formatted(MAX_QUERY_LENGTH));
        }
        if (text.split("\\s+").length > MAX_WORDS) {
            throw new SearchRefusedException("Searches are limited to %d words.".formatted(MAX_WORDS));
        }
        if (request.page() < 0) {
            throw new SearchRefusedException("Pages are numbered from 0.");
        }
        int size = Math.clamp(request.size(), 1, MAX_PAGE_SIZE);
        if ((long) request.page() * size >= MAX_RESULT_DEPTH) {
            throw new SearchRefusedException("Only the first %d results can be paged through; narrow the search."
                    .formatted(MAX_RESULT_DEPTH));
        }
        if (!index.isReady()) {
            throw new SearchUnavailableException();
        }
        return latency.record(() -> {
            try (PassageIndex.Searcher borrowed = index.acquire()) {
                return run(borrowed.searcher(), text, request.page(), size, blankToNull(request.source()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SearchResults run(IndexSearcher searcher, String text, int page, int size, String source) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderQueryParser matcher = new ReaderQueryParser(reader, variants, ReaderQueryParser.Purpose.MATCH);
        Query query = parse(matcher, text);
        Query articles = wholeArticles(query, source);

        // Top articles by BM25 with early termination; the exact total comes from the count by source.
        TopDocs top = searcher.search(articles, (page + 1) * size);
        SourceFacets.Counts bySource = sourceFacets.count(searcher, wholeArticles(query, null), MAX_SOURCE_FACETS);
        Query passageRank = parseOrAll(new ReaderQueryParser(reader, variants, ReaderQueryParser.Purpose.RANK_PASSAGES), text);
        Query highlight = parseOrAll(new ReaderQueryParser(reader, variants, ReaderQueryParser.Purpose.HIGHLIGHT), text);
        List<ScoreDoc> pageArticles = List.of(top.scoreDocs).subList(Math.min(page * size, top.scoreDocs.length), top.scoreDocs.length);
        List<ScoreDoc> passages = new ArrayList<>();
        List<Float> articleScores = new ArrayList<>();
        List<String> pageArticleIds = articleIds(searcher, pageArticles);
        Map<String, List<ScoreDoc>> passagesByArticle = bestPassages(searcher, passageRank, pageArticleIds);
        for (int i = 0; i < pageArticles.size(); i++) {
            for (ScoreDoc passage : passagesByArticle.getOrDefault(pageArticleIds.get(i), List.of())) {
                passages.add(passage);
                articleScores.add(pageArticles.get(i).score);
            }
        }
        List<SearchResults.Hit> hits = hits(searcher, highlight, passages, articleScores);
        long total = source == null ? bySource.total() : searcher.count(articles);
        List<SearchResults.FacetValue> sources = source == null ? bySource.mostFrequent()
                : withSelected(bySource.mostFrequent(), source, total, searcher, top);
        Map<String, List<SearchResults.FacetValue>> facets = Map.of("source", sources);
        String suggestion = total == 0 ? suggest(reader, text, matcher.words()) : null;
        return new SearchResults(text, total, page, size, hits, facets, suggestion, source);
    }

    /** The article id of each document. */
    private static String[] articleIdsOf(IndexSearcher searcher, int[] docs) throws IOException {
        return valuesOf(searcher, IndexFields.ARTICLE, docs);
    }

    /**
     * A field's value in each document, from its sorted doc values (cheaper than decompressing stored fields): read
     * in document order with one iterator per segment, each distinct value turned into a string once.
     */
    private static String[] valuesOf(IndexSearcher searcher, String field, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[docs.length];
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        Map<Integer, String> byOrdinal = new HashMap<>();
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getSortedDocValues(field);
                byOrdinal.clear();
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Document " + doc + " has no " + field);
            }
            SortedDocValues current = values;
            ids[i] = byOrdinal.computeIfAbsent(values.ordValue(), ordinal -> {
                try {
                    return current.lookupOrd(ordinal).utf8ToString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return ids;
    }

    private static Query wholeArticles(Query query, String source) {
        BooleanQuery.Builder articles = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.DOC_TYPE, IndexFields.WHOLE_ARTICLE)), BooleanClause.Occur.FILTER);
        if (source != null) {
            articles.add(new TermQuery(new Term(IndexFields.SOURCE_KEY, PassageDocuments.sourceKey(source))), BooleanClause.Occur.FILTER);
        }
        return articles.build();
    }

    private static List<String> articleIds(IndexSearcher searcher, List<ScoreDoc> articles) throws IOException {
        return List.of(articleIdsOf(searcher, articles.stream().mapToInt(article -> article.doc).toArray()));
    }

    /**
     * For each article, the passages that carry most of the query's words (the opening one when none does), in
     * one search over the passages of all the page's articles.
     */
    private static Map<String, List<ScoreDoc>> bestPassages(IndexSearcher searcher, Query rank, List<String> articleIds)
            throws IOException {
        Map<String, List<ScoreDoc>> best = new HashMap<>();
        if (articleIds.isEmpty()) {
            return best;
        }
        BooleanQuery.Builder ofArticles = new BooleanQuery.Builder();
        articleIds.forEach(id -> ofArticles.add(new TermQuery(new Term(IndexFields.ARTICLE, id)), BooleanClause.Occur.SHOULD));
        Query passagesOfPage = new BooleanQuery.Builder()
                .add(ofArticles.build(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.DOC_TYPE, IndexFields.PASSAGE)), BooleanClause.Occur.FILTER)
                .build();
        Query ranked = new BooleanQuery.Builder()
                .add(passagesOfPage, BooleanClause.Occur.MUST)
                .add(rank, BooleanClause.Occur.SHOULD)
                .build();
        // Every passage of the page's articles, best first: a few hundred documents at most.
        ScoreDoc[] passages = searcher.search(ranked, articleIds.size() * MAX_PASSAGES_SCANNED).scoreDocs;
        String[] passageArticles = articleIdsOf(searcher, Arrays.stream(passages).mapToInt(passage -> passage.doc).toArray());
        for (int i = 0; i < passages.length; i++) {
            ScoreDoc passage = passages[i];
            List<ScoreDoc> ofArticle = best.computeIfAbsent(passageArticles[i], id -> new ArrayList<>());
            if (ofArticle.size() < PASSAGES_PER_ARTICLE && (ofArticle.isEmpty() || passage.score > 0)) {
                ofArticle.add(passage);
            }
        }
        return best;
    }

    /** For ranking and marking passages: a query with nothing to mark ("source:X" alone) ranks them in order. */
    private Query parseOrAll(ReaderQueryParser parser, String text) {
        try {
            return parse(parser, text);
        } catch (SearchRefusedException nothingToMark) {
            return new MatchAllDocsQuery();
        }
    }

    private Query parse(ReaderQueryParser parser, String text) {
        try {
            Query query = parser.parse(text);
            if (query != null && !(query instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
                return query;
            }
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses malformed) {
            // fall through to the plain words
        }
        // Syntax that does not parse ("AND", unbalanced quotes, a lone *): search its plain words instead.
        String plain = SYNTAX.matcher(text).replaceAll(" ").replaceAll("\\b(AND|OR|NOT)\\b", " ").strip();
        if (plain.isEmpty()) {
            throw new SearchRefusedException("Type a word or a phrase to search for.");
        }
        try {
            Query query = parser.parse(QueryParser.escape(plain));
            if (query != null) {
                return query;
            }
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses stillMalformed) {
            // refused below
        }
        throw new SearchRefusedException("This search could not be understood. Try plain words or a \"quoted phrase\".");
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query highlight, List<ScoreDoc> passages,
                                         List<Float> articleScores) throws IOException {
        if (passages.isEmpty()) {
            return List.of();
        }
        int[] docIds = passages.stream().mapToInt(scoreDoc -> scoreDoc.doc).toArray();
        Map<Integer, Document> documents = storedPassages(searcher, docIds);
        String[] snippets = new PassageHighlighter(searcher, documents, holdsPhrase(highlight))
                .highlightFields(new String[]{IndexFields.TEXT_EXACT}, highlight, docIds, new int[]{2})
                .get(IndexFields.TEXT_EXACT);
        List<SearchResults.Hit> hits = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Document document = documents.get(docIds[i]);
            String snippet = snippets[i] != null ? snippets[i] : fallbackSnippet(document.get(IndexFields.TEXT_EXACT));
            hits.add(new SearchResults.Hit(Long.parseLong(document.get(IndexFields.ARTICLE)), document.get(IndexFields.ORIGIN),
                    document.get(IndexFields.TITLE), document.getField(IndexFields.BLOCK).numericValue().intValue(),
                    document.get(IndexFields.KIND), document.get(IndexFields.SOURCE), snippet, articleScores.get(i)));
        }
        return hits;
    }

    /** Each passage's stored fields, read once and in document order (neighbouring documents share a block). */
    private static Map<Integer, Document> storedPassages(IndexSearcher searcher, int[] docIds) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int doc : Arrays.stream(docIds).sorted().distinct().toArray()) {
            documents.put(doc, stored.document(doc));
        }
        return documents;
    }

    /** Whether a query matches words in a row ("human rights"), which are marked as one. */
    private static boolean holdsPhrase(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                found[0] |= leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                found[0] |= parent instanceof PhraseQuery || parent instanceof MultiPhraseQuery;
                return this;
            }
        });
        return found[0];
    }

    /**
     * Marks the query's words in passages already read, instead of reading each passage's text a second time. A
     * phrase is matched through the query's weight, which marks its words as one span; words alone are read from
     * their postings directly, without building a searcher and a weight for every passage.
     */
    private static final class PassageHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> documents;

        PassageHighlighter(IndexSearcher searcher, Map<Integer, Document> documents, boolean phrases) {
            super(UnifiedHighlighter.builder(searcher, HIGHLIGHT_ANALYZER)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withScorer(new SentenceScorer())
                    .withWeightMatches(phrases));
            this.documents = documents;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document document = documents.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = document.get(fields[i]);
                }
                values.add(row);
            }
            return values;
        }
    }

    private static String fallbackSnippet(String text) {
        String cut = text.length() <= SNIPPET_FALLBACK_CHARS ? text : text.substring(0, SNIPPET_FALLBACK_CHARS) + "…";
        return HtmlUtils.htmlEscape(cut);
    }

    /**
     * The sources to show while one is selected: the most frequent over the whole query, so that a reader can switch,
     * and the selected one wherever it ranks, named as its articles write it.
     */
    private static List<SearchResults.FacetValue> withSelected(List<SearchResults.FacetValue> mostFrequent, String selected,
                                                               long matching, IndexSearcher searcher, TopDocs top) throws IOException {
        String key = PassageDocuments.sourceKey(selected);
        if (matching == 0 || mostFrequent.stream().anyMatch(facet -> PassageDocuments.sourceKey(facet.value()).equals(key))) {
            return mostFrequent;
        }
        String name = valuesOf(searcher, IndexFields.SOURCE, new int[]{top.scoreDocs[0].doc})[0];
        List<SearchResults.FacetValue> shown = new ArrayList<>(mostFrequent);
        shown.add(new SearchResults.FacetValue(name, matching));
        return shown;
    }

    /** "Did you mean": each word the index lacks, replaced by the closest word it has. */
    private String suggest(IndexReader reader, String text, Set<String> words) {
        String suggestion = text;
        boolean changed = false;
        for (String word : words) {
            String closest = word.length() < 3 ? "" : closestKnownWords.get(reader, word, unknown -> closestKnownWord(reader, unknown));
            if (!closest.isEmpty()) {
                suggestion = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                        .matcher(suggestion).replaceAll(Matcher.quoteReplacement(closest));
                changed = true;
            }
        }
        return changed && !suggestion.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? suggestion : null;
    }

    /** The index's closest word to one it lacks; empty when it has the word or nothing close. */
    private String closestKnownWord(IndexReader reader, String word) {
        try {
            if (reader.docFreq(new Term(IndexFields.TEXT_EXACT, word)) > 0) {
                return "";
            }
            SuggestWord[] closest = spellChecker.suggestSimilar(new Term(IndexFields.TEXT_EXACT, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return closest.length > 0 ? closest[0].string : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
