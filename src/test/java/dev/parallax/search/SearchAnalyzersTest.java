package dev.parallax.search;

import dev.parallax.text.Analysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAnalyzersTest {

    @Test
    void stemmedFieldFoldsPossessivesDiacriticsAndStems() {
        assertThat(Analysis.terms(SearchAnalyzers.stemmed(), IndexFields.TEXT, "The Mayor’s café closures"))
                .containsExactly("mayor", "cafe", "closur");
        assertThat(Analysis.terms(SearchAnalyzers.stemmed(), IndexFields.TEXT, "missiles missile"))
                .containsExactly("missil", "missil");
    }

    @Test
    void exactFieldKeepsWordsAsWrittenButFolded() {
        assertThat(Analysis.terms(SearchAnalyzers.exact(), IndexFields.TEXT_EXACT, "The Mayor’s Café, “Zelenskyy”"))
                .containsExactly("the", "mayor", "cafe", "zelenskyy");
    }

    @Test
    void hostileTextAnalysesWithoutError() {
        assertThat(Analysis.terms(SearchAnalyzers.exact(), IndexFields.TEXT_EXACT, "<script>alert(1)</script> \u0000 ☃"))
                .contains("script", "alert", "1");
    }
}
