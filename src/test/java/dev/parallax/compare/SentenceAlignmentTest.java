package dev.parallax.compare;

import dev.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sentences of a story's articles say the same thing. */
class SentenceAlignmentTest {

    private static StorySentence sentence(long article, int position, String text) {
        return new StorySentence(article, position, position, text, ContentWords.setOf(text));
    }

    private final StorySentence herald = sentence(1, 0, "The harbour bridge will be rebuilt at a cost of 450 million euros.");
    private final StorySentence courier = sentence(2, 0, "The harbour bridge will be rebuilt for 480 million euros, the city said.");
    private final StorySentence ferries = sentence(2, 1, "Ferries will run every ten minutes while the works last.");
    private final StorySentence trams = sentence(1, 1, "The old bridge carried trams for decades.");

    private final SentenceAlignment alignment = new SentenceAlignment(List.of(herald, trams, courier, ferries));

    @Test
    void sentencesSharingMostOfTheirWordsAreCounterparts() {
        assertThat(alignment.areCounterparts(herald, courier)).isTrue();
        assertThat(alignment.bestIn(herald, 2).other()).isEqualTo(courier);
    }

    @Test
    void sentencesOfOneArticleAreNeverCounterparts() {
        assertThat(alignment.counterpartsOf(herald)).noneMatch(counterpart -> counterpart.other().articleId() == 1);
    }

    @Test
    void aSentenceWithoutCounterpartIsOnlyItsArticles() {
        assertThat(alignment.withoutCounterpart(2)).containsExactly(ferries);
        assertThat(alignment.withoutCounterpart(1)).containsExactly(trams);
        assertThat(alignment.articlesSaying(herald)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void twoSharedWordsAreNotEnough() {
        StorySentence one = sentence(1, 0, "The bridge closed.");
        StorySentence other = sentence(2, 0, "The bridge reopened to great relief among commuters.");

        assertThat(new SentenceAlignment(List.of(one, other)).areCounterparts(one, other)).isFalse();
    }

    @Test
    void coverageIsTheShareOfSentencesWithACounterpart() {
        assertThat(alignment.coverage(1, 2)).isEqualTo(0.5);
        assertThat(alignment.alignedSentences(1, 2)).isEqualTo(1);
    }

    @Test
    void randomSentencesNeverAlignAcrossTheSameArticleAndAreSymmetric() {
        Random random = new Random(7);
        String[] words = {"bridge", "harbour", "mayor", "ferry", "cost", "euros", "river", "council", "works", "city"};
        List<StorySentence> sentences = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(8); w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            sentences.add(sentence(random.nextInt(4), i, text.toString()));
        }
        SentenceAlignment random60 = new SentenceAlignment(sentences);
        for (StorySentence one : sentences) {
            for (SentenceAlignment.Counterpart counterpart : random60.counterpartsOf(one)) {
                assertThat(counterpart.other().articleId()).isNotEqualTo(one.articleId());
                assertThat(random60.areCounterparts(counterpart.other(), one)).isTrue();
            }
        }
    }
}
