package dev.parallax.annotation;

import dev.parallax.article.ArticleDetail;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.AnnotatedBlock;
import dev.parallax.text.Entity;
import dev.parallax.text.NameMention;
import dev.parallax.text.PartOfSpeech;
import dev.parallax.text.QuantityMention;
import dev.parallax.text.Quotation;
import dev.parallax.text.Span;
import dev.parallax.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotation as stored: without the paragraphs' text, which the article already holds, and with sentences and
 * tokens as offsets and one letter per part of speech, so that a token costs a few bytes, not a JSON object.
 */
record StoredAnnotation(int version, List<Entity> entities, List<StoredBlock> blocks) {

    record StoredBlock(int index, int[] sentences, int[] tokens, String tags, List<NameMention> names,
                       List<QuantityMention> quantities, List<Quotation> quotes) {
    }

    static StoredAnnotation of(AnnotatedArticle article) {
        List<StoredBlock> blocks = new ArrayList<>();
        for (AnnotatedBlock block : article.blocks()) {
            int[] sentences = new int[block.sentences().size() * 2];
            for (int i = 0; i < block.sentences().size(); i++) {
                sentences[2 * i] = block.sentences().get(i).start();
                sentences[2 * i + 1] = block.sentences().get(i).end();
            }
            int[] tokens = new int[block.tokens().size() * 2];
            StringBuilder tags = new StringBuilder(block.tokens().size());
            for (int i = 0; i < block.tokens().size(); i++) {
                Token token = block.tokens().get(i);
                tokens[2 * i] = token.start();
                tokens[2 * i + 1] = token.end();
                tags.append(token.tag().code());
            }
            blocks.add(new StoredBlock(block.index(), sentences, tokens, tags.toString(), block.names(),
                    block.quantities(), block.quotes()));
        }
        return new StoredAnnotation(article.version(), article.entities(), blocks);
    }

    /** The annotation again, its spans read against the article's own paragraphs. */
    AnnotatedArticle withText(ArticleDetail article) {
        Map<Integer, String> texts = new HashMap<>();
        article.blocks().forEach(block -> texts.put(block.index(), block.text()));
        List<AnnotatedBlock> annotated = new ArrayList<>();
        for (StoredBlock block : blocks) {
            String text = texts.get(block.index());
            if (text == null) {
                throw new IllegalStateException("Article " + article.summary().id() + " has no block " + block.index());
            }
            List<Span> sentences = new ArrayList<>();
            for (int i = 0; i < block.sentences().length; i += 2) {
                sentences.add(new Span(block.sentences()[i], block.sentences()[i + 1]));
            }
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < block.tokens().length; i += 2) {
                Span span = new Span(block.tokens()[i], block.tokens()[i + 1]);
                tokens.add(new Token(span, PartOfSpeech.ofCode(block.tags().charAt(i / 2)), span.of(text)));
            }
            annotated.add(new AnnotatedBlock(block.index(), text, List.copyOf(sentences), List.copyOf(tokens),
                    block.names(), block.quantities(), block.quotes()));
        }
        return new AnnotatedArticle(article.summary().id(), version, entities, List.copyOf(annotated));
    }
}
