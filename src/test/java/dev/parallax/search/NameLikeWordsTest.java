package dev.parallax.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameLikeWordsTest {

    @Test
    void wordsCapitalisedInsideASentenceAreNames() {
        assertThat(NameLikeWords.of(List.of("The talks were led by Volodymyr Zelenskyy and the Quellbrook council.")))
                .containsExactlyInAnyOrder("volodymyr", "zelenskyy", "quellbrook");
    }

    @Test
    void aSentencesFirstWordAndAQuotationsFirstWordAreNotNamesForBeingCapitalised() {
        assertThat(NameLikeWords.of(List.of("Forecasters said more rain was due. More fell on Tuesday. He said: “Rain again.”")))
                .isEmpty();
    }

    @Test
    void aNameAfterAClosingQuoteIsStillAName() {
        assertThat(NameLikeWords.of(List.of("“We will rebuild,” Moore said."))).containsExactly("moore");
    }

    @Test
    void headlinesInTitleCaseAndOrdinaryWordsOfNamesAreLeftOut() {
        assertThat(NameLikeWords.of(List.of("More Rain Expected In The Valley"))).isEmpty();
        assertThat(NameLikeWords.of(List.of("It was announced by the Minister on Monday in Kyiv’s centre.")))
                .containsExactly("kyiv");
    }

    @Test
    void hostileTextGivesNoNamesAndNoFailure() {
        assertThat(NameLikeWords.of(List.of("", "   ", "\u0000\u0001", "'’", "A", "...!?"))).isEmpty();
    }
}
