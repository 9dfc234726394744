package dev.parallax.search;

/**
 * The fields of the index. Each article has one document per block (a passage, to show and link to) and one
 * whole-article document (to match: all words of a query need not stand in one paragraph).
 */
final class IndexFields {

    /** {@link #PASSAGE} or {@link #WHOLE_ARTICLE}. */
    static final String DOC_TYPE = "type";
    static final String PASSAGE = "passage";
    static final String WHOLE_ARTICLE = "article";

    /** The article id as a term (delete, update), as sorted doc values (grouping) and stored. */
    static final String ARTICLE = "article";
    static final String BLOCK = "block";
    static final String KIND = "kind";
    /** The source name as written, stored and as doc values for counting. */
    static final String SOURCE = "source";
    /** The source name folded to lower case, for {@code source:NAME} filters. */
    static final String SOURCE_KEY = "source_key";
    static final String TITLE = "title";
    static final String ORIGIN = "origin";
    /**
     * A whole article's text, stemmed, on whole-article documents only: matching and neighbours touch no passage.
     * Without positions, like {@link #TEXT}: stems match a word at a time.
     */
    static final String ARTICLE_TEXT = "article_text";
    /** A whole article's text, exact, on whole-article documents only. */
    static final String ARTICLE_EXACT = "article_exact";
    /**
     * A whole article's content words as story grouping counts them (questions and links left out), with term
     * vectors: neighbours are found and compared from the index alone.
     */
    static final String COMPARABLE = "comparable";
    /**
     * The words a whole article uses as names ({@link NameLikeWords}), on whole-article documents only, analysed as
     * {@link #TEXT_EXACT}: only these have spelling variants in search.
     */
    static final String NAMES = "names";
    /** Passage text analysed for recall: folded, possessives dropped, stop words dropped, stemmed; no positions. */
    static final String TEXT = "text";
    /** Passage text folded but not stemmed: exact phrases, prefixes, variants, suggestions. Stored for snippets. */
    static final String TEXT_EXACT = "text_exact";

    private IndexFields() {
    }
}
