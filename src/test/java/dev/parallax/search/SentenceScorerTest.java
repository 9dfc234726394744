package dev.parallax.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentenceScorerTest {

    private static Passage sentence(int start, int end, String... matches) {
        Passage sentence = new Passage();
        sentence.setStartOffset(start);
        sentence.setEndOffset(end);
        int offset = start;
        for (String match : matches) {
            sentence.addMatch(offset, offset + match.length(), new BytesRef(match), match.length());
            offset += match.length() + 1;
        }
        return sentence;
    }

    @Test
    void scoresAsLuceneDoesWithWordsRepeatedOrNot() {
        PassageScorer lucene = new PassageScorer();
        SentenceScorer ours = new SentenceScorer();
        for (Passage sentence : new Passage[]{
                sentence(0, 120, "budget"),
                sentence(40, 300, "budget", "commission", "budget", "vote", "commission", "budget"),
                sentence(900, 960, "human", "rights", "human"),
                sentence(10, 20)}) {
            assertThat(ours.score(sentence, 2_000)).isCloseTo(lucene.score(sentence, 2_000), within(1e-5f));
        }
    }

    @Test
    void moreOfTheWordsScoreHigher() {
        SentenceScorer scorer = new SentenceScorer();

        assertThat(scorer.score(sentence(0, 100, "budget", "vote"), 1_000))
                .isGreaterThan(scorer.score(sentence(0, 100, "budget"), 1_000));
    }
}
