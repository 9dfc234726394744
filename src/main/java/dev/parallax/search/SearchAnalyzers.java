package dev.parallax.search;

import dev.parallax.text.ContentWords;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/** The analysis chains of the passage index, readable top to bottom. */
final class SearchAnalyzers {

    /** Positions between the blocks of a whole-article document, so that no phrase spans two paragraphs. */
    static final int BLOCK_GAP = 100;

    private SearchAnalyzers() {
    }

    /** Words as a reader would match them: possessives dropped, lower case, diacritics folded ("café" is "cafe"). */
    private static TokenStream folded(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /** An analyzer of block texts: fields with several blocks keep a gap between them, so no phrase spans two. */
    private abstract static class BlockAnalyzer extends Analyzer {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return BLOCK_GAP;
        }
    }

    /** For recall: "Ukraine’s missiles" and "Ukrainian missile" meet at their stems. */
    static Analyzer stemmed() {
        return new BlockAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmedFrom(folded(source)));
            }
        };
    }

    /** The stemmed words of words already folded: the exact chain's output goes on into the stemmed chain. */
    static TokenStream stemmedFrom(TokenStream folded) {
        return new PorterStemFilter(new StopFilter(folded, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** For precision: words as written, only case, diacritics and possessives folded; no stop words, no stems. */
    static Analyzer exact() {
        return new BlockAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The index-wide analyzer: stemmed text, exact text, and keywords elsewhere. */
    static Analyzer perField() {
        Analyzer stemmed = stemmed();
        return new PerFieldAnalyzerWrapper(exact(), Map.of(IndexFields.TEXT, stemmed, IndexFields.ARTICLE_TEXT, stemmed,
                IndexFields.COMPARABLE, ContentWords.analyzer()));
    }
}
