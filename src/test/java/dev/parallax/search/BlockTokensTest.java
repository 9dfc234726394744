package dev.parallax.search;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.BlockKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The Mayor’s café closures were announced on Tuesday, officials said.",
            "It was not, as the minister’s office put it, “a matter for the courts” at all",
            "Ceasefire talks in Doha — the 12th round — ended with no deal; the next is in May.",
            "a an the of to",
            "",
            "Zürich’s U.S.-made 5.5-tonne trucks, 40% of them… to be",
    })
    void eachFieldGetsWhatItsOwnAnalyzerWouldHaveMade(String text) throws IOException {
        BlockTokens tokens = BlockTokens.of(text);

        assertThat(played(tokens.exact())).isEqualTo(played(SearchAnalyzers.exact(), text));
        assertThat(played(tokens.stemmed())).isEqualTo(played(SearchAnalyzers.stemmed(), text));
        // Each call is a stream of its own, played from the start.
        assertThat(played(tokens.stemmed())).isEqualTo(played(SearchAnalyzers.stemmed(), text));
    }

    @Test
    void aPhraseStaysInsideOneBlockOfTheWholeArticle() throws IOException {
        ArticleDetail article = ArticleDetail.of(new ArticleSummary(1, "a.txt", "Wire", "Talks", false, 12),
                List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, "The talks ended in Doha"),
                        new ArticleDetail.BlockView(1, BlockKind.PARAGRAPH, "Negotiators left for Cairo")));
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField()))) {
                writer.addDocuments(PassageDocuments.of(article));
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new PhraseQuery(IndexFields.ARTICLE_EXACT, "in", "doha"))).isEqualTo(1);
                assertThat(searcher.count(new PhraseQuery(IndexFields.ARTICLE_EXACT, "doha", "negotiators"))).isZero();
                assertThat(searcher.count(new PhraseQuery(IndexFields.TEXT_EXACT, "talks", "ended"))).isEqualTo(1);
                // Stems match a word at a time: counted for scoring, without positions.
                assertThat(searcher.count(new TermQuery(new Term(IndexFields.ARTICLE_TEXT, "negoti")))).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new Term(IndexFields.TEXT, "talk")))).isEqualTo(1);
                FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
                assertThat(fields.fieldInfo(IndexFields.TEXT).getIndexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS);
                assertThat(fields.fieldInfo(IndexFields.ARTICLE_TEXT).getIndexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS);
                assertThat(searcher.storedFields().document(0).get(IndexFields.TEXT_EXACT)).isEqualTo("The talks ended in Doha");
            }
        }
    }

    private static List<String> played(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            return played(stream);
        }
    }

    /** Every token with its position increment and offsets, then what the stream reports at its end. */
    private static List<String> played(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<String> played = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            played.add("%s +%d [%d,%d)".formatted(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
        }
        stream.end();
        played.add("end +%d at %d".formatted(increment.getPositionIncrement(), offset.endOffset()));
        stream.close();
        return played;
    }
}
