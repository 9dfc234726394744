package dev.parallax.text;

import java.util.List;

/** One paragraph of an article, annotated: its sentences, tokens with parts of speech, names, figures and quotes. */
public record AnnotatedBlock(int index, String text, List<Span> sentences, List<Token> tokens, List<NameMention> names,
                             List<QuantityMention> quantities, List<Quotation> quotes) {

    /** The tokens of one sentence of this block. */
    public List<Token> tokensOf(Span sentence) {
        return tokens.stream().filter(token -> sentence.contains(token.span())).toList();
    }

    /** The sentence a span stands in; the first when it stands across sentences. */
    public Span sentenceOf(Span span) {
        for (Span sentence : sentences) {
            if (sentence.end() > span.start()) {
                return sentence;
            }
        }
        return sentences.isEmpty() ? new Span(0, text.length()) : sentences.getLast();
    }
}
