package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts a sentence into tokens and tags each with its part of speech (OpenNLP's English models). */
public final class Tagger {

    private static final WordList TITLES = WordList.load("titles-before-names");
    private static final WordList ABBREVIATIONS = WordList.load("abbreviations");

    private Tagger() {
    }

    /** The tokens of the text between start and end, with offsets into the whole text. */
    public static List<Token> tag(String text, int start, int end) {
        String sentence = text.substring(start, end);
        // OpenNLP's spans are relative to the sentence; ours to the whole text.
        opennlp.tools.util.Span[] spans = EnglishModels.tokenizer().tokenizePos(sentence);
        if (spans.length == 0) {
            return List.of();
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = EnglishModels.tagger().tag(words);
        return joinAbbreviations(text, start, spans, words, tags);
    }

    /**
     * The tokenizer cuts "Col." and "Jr." into a word and a full stop; an abbreviation keeps its full stop, so that
     * "Col. Roland L. Butler Jr." reads as a title and a name, not as a name and a sentence end.
     */
    private static List<Token> joinAbbreviations(String text, int start, opennlp.tools.util.Span[] spans, String[] words,
                                                 String[] tags) {
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int from = spans[i].getStart();
            int to = spans[i].getEnd();
            String word = words[i];
            PartOfSpeech tag = PartOfSpeech.ofLabel(tags[i]);
            boolean fullStopFollows = i + 1 < spans.length && words[i + 1].equals(".") && spans[i + 1].getStart() == to;
            if (fullStopFollows && isAbbreviation(word)) {
                to = spans[++i].getEnd();
                word = word + ".";
            }
            tokens.add(new Token(new Span(start + from, start + to), tag, word));
        }
        return tokens;
    }

    private static boolean isAbbreviation(String word) {
        return TITLES.contains(word) || ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    public static List<Token> tag(String sentence) {
        return tag(sentence, 0, sentence.length());
    }
}
