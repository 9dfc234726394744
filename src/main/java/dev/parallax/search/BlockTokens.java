package dev.parallax.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A block's words, analysed once for the four fields that index them: its passage and its article's document each
 * hold them exact and stemmed. The stemmed words are the exact ones stemmed, as {@link SearchAnalyzers#stemmed()}
 * makes them; each field replays the words kept here instead of analysing the text again.
 */
final class BlockTokens {

    private static final Analyzer EXACT = SearchAnalyzers.exact();

    /** One word as the index takes it: the term, how far it moves the position, and where it stands in the text. */
    private record Word(String term, int positionIncrement, int start, int end) {
    }

    /** What a stream reports at its end: trailing position increment (removed words) and final offset. */
    private record Ending(int positionIncrement, int offset) {
    }

    private record Words(List<Word> words, Ending ending) {
    }

    private final Words exact;
    private final Words stemmed;

    private BlockTokens(Words exact, Words stemmed) {
        this.exact = exact;
        this.stemmed = stemmed;
    }

    static BlockTokens of(String text) {
        try {
            Words exact;
            try (TokenStream stream = EXACT.tokenStream(IndexFields.TEXT_EXACT, text)) {
                exact = capture(stream);
            }
            Words stemmed;
            try (TokenStream stream = SearchAnalyzers.stemmedFrom(new Replay(exact))) {
                stemmed = capture(stream);
            }
            return new BlockTokens(exact, stemmed);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse a block", e); // analysing a String reads no file
        }
    }

    /** A new stream of the exact words, for one field. */
    TokenStream exact() {
        return new Replay(exact);
    }

    /** A new stream of the stemmed words, for one field. */
    TokenStream stemmed() {
        return new Replay(stemmed);
    }

    private static Words capture(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<Word> words = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            words.add(new Word(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
        }
        stream.end();
        return new Words(words, new Ending(increment.getPositionIncrement(), offset.endOffset()));
    }

    /** Plays captured words back, attribute for attribute, as the analyzer gave them. */
    private static final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Words words;
        private int next;

        Replay(Words words) {
            this.words = words;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.words().size()) {
                return false;
            }
            clearAttributes();
            Word word = words.words().get(next++);
            term.setEmpty().append(word.term());
            increment.setPositionIncrement(word.positionIncrement());
            offset.setOffset(word.start(), word.end());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(words.ending().positionIncrement());
            offset.setOffset(words.ending().offset(), words.ending().offset());
        }
    }
}
