package dev.parallax.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's BM25 of a sentence, its matched words told apart by comparing the few matches with each other: the
 * default scorer allocates a hash table of 32 KB for every sentence it scores, most of a search's garbage.
 */
final class SentenceScorer extends PassageScorer {
    @Override
    public float score(Passage sentence, int contentLength) {
        BytesRef[] words = sentence.getMatchTerms();
        int[] inDocument = sentence.getMatchTermFreqsInDoc();
        int matches = sentence.getNumMatches();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(words, i)) {
                continue;
            }
            int inSentence = 1;
            for (int j = i + 1; j < matches; j++) {
                inSentence += words[j].bytesEquals(words[i]) ? 1 : 0;
            }
            score += tf(inSentence, sentence.getLength()) * weight(contentLength, inDocument[i]);
        }
        return (float) (score * norm(sentence.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] words, int index) {
        for (int j = 0; j < index; j++) {
            if (words[j].bytesEquals(words[index])) {
                return true;
            }
        }
        return false;
    }
}
