package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.AnnotatedBlock;
import dev.parallax.text.ContentWords;
import dev.parallax.text.NameMention;
import dev.parallax.text.QuantityMention;
import dev.parallax.text.Quotation;
import dev.parallax.text.Span;
import dev.parallax.text.TermVector;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the articles of one story: how close each pair is and which sentences align, the figures and whether
 * they agree, the quotations and how each outlet worded them, the names each source uses, and what only one
 * source says. Its cost follows the story's own articles, never the corpus.
 */
@Component
class ComparisonBuilder {

    /** A pair where most sentences of one have a counterpart in the other looks rewritten from it. */
    static final double REWRITE_COVERAGE = 0.6;
    private static final int MAX_FACTS = 30;

    StoryComparison build(long storyId, String title, List<ArticleDetail> articles, Map<Long, AnnotatedArticle> annotations,
                          Map<Long, TermVector> vectors) {
        List<StorySentence> sentences = new ArrayList<>();
        List<FigureGroups.Figure> figures = new ArrayList<>();
        List<QuoteGroups.Said> quotes = new ArrayList<>();
        StoryEntities entities = new StoryEntities(annotations);
        // What each sentence holds (figures, names, quotations): the more, the more notable it is on its own.
        Map<StorySentence, Integer> notability = new HashMap<>();
        for (ArticleDetail article : articles) {
            long id = article.summary().id();
            AnnotatedArticle annotation = annotations.get(id);
            Integer publishedYear = article.publishedOn() == null ? null : Integer.valueOf(article.publishedOn().substring(0, 4));
            int position = 0;
            for (AnnotatedBlock block : annotation.blocks()) {
                Map<Span, StorySentence> bySpan = new HashMap<>();
                for (Span span : block.sentences()) {
                    String text = span.of(block.text());
                    StorySentence sentence = new StorySentence(id, block.index(), position++, text, ContentWords.setOf(text));
                    sentences.add(sentence);
                    bySpan.put(span, sentence);
                }
                for (QuantityMention quantity : block.quantities()) {
                    StorySentence sentence = bySpan.get(block.sentenceOf(quantity.span()));
                    figures.add(FigureGroups.Figure.of(id, block.index(), quantity, quantity.span().of(block.text()),
                            sentence, publishedYear));
                    notability.merge(sentence, 1, Integer::sum);
                }
                for (NameMention name : block.names()) {
                    notability.merge(bySpan.get(block.sentenceOf(name.span())), 1, Integer::sum);
                }
                for (Quotation quote : block.quotes()) {
                    notability.merge(bySpan.get(block.sentenceOf(quote.span())), 2, Integer::sum);
                    String text = quote.span().of(block.text()).replaceAll("[,.]$", "");
                    Integer speaker = quote.speaker() == null ? null : entities.groupOf(id, quote.speaker());
                    quotes.add(new QuoteGroups.Said(id, block.index(), text, speaker, ContentWords.setOf(text)));
                }
            }
        }
        SentenceAlignment alignment = new SentenceAlignment(sentences);
        List<StoryComparison.ArticleRef> refs = articles.stream()
                .map(a -> new StoryComparison.ArticleRef(a.summary().id(), a.summary().origin(), a.summary().title(),
                        a.summary().source(), a.summary().published()))
                .toList();
        List<StoryComparison.EntityGroup> groups = byReach(entities.groups());
        List<StoryComparison.Similarity> similarity = similarity(articles, vectors, alignment);
        List<StoryComparison.NumberGroup> numbers = FigureGroups.group(figures, alignment);
        List<StoryComparison.QuoteGroup> quoteGroups = QuoteGroups.group(quotes, entities.groups());
        SameStatement sameStatement = new SameStatement(numbers);
        Digest digest = DigestBuilder.build(new DigestBuilder.Story(articles, sentences, alignment, sameStatement, numbers, quoteGroups,
                groups, similarity, notability));
        return new StoryComparison(storyId, title, refs, similarity, numbers, quoteGroups, groups,
                unique(articles, alignment), facts(sentences, alignment, sameStatement), List.of(), digest);
    }

    /** Names most articles use first. */
    private static List<StoryComparison.EntityGroup> byReach(List<StoryComparison.EntityGroup> entities) {
        return entities.stream()
                .sorted(Comparator.comparingInt((StoryComparison.EntityGroup e) -> -e.articleIds().size())
                        .thenComparing(e -> -e.variants().size()).thenComparing(StoryComparison.EntityGroup::name))
                .toList();
    }

    private static List<StoryComparison.Similarity> similarity(List<ArticleDetail> articles, Map<Long, TermVector> vectors,
                                                               SentenceAlignment alignment) {
        List<StoryComparison.Similarity> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                long a = articles.get(i).summary().id();
                long b = articles.get(j).summary().id();
                double score = Math.round(vectors.get(a).cosine(vectors.get(b)) * 100) / 100.0;
                double aInB = alignment.coverage(a, b);
                double bInA = alignment.coverage(b, a);
                Long from = null;
                Long rewritten = null;
                // The later article, most of whose sentences the earlier one already has, looks rewritten from it.
                if (bInA >= REWRITE_COVERAGE && bInA >= aInB) {
                    from = a;
                    rewritten = b;
                } else if (aInB >= REWRITE_COVERAGE) {
                    from = b;
                    rewritten = a;
                }
                pairs.add(new StoryComparison.Similarity(a, b, score, alignment.alignedSentences(a, b), from, rewritten));
            }
        }
        return pairs;
    }

    private static List<StoryComparison.UniqueSentences> unique(List<ArticleDetail> articles, SentenceAlignment alignment) {
        if (articles.size() < 2) {
            return List.of();
        }
        return articles.stream()
                .map(article -> {
                    List<StorySentence> alone = alignment.withoutCounterpart(article.summary().id());
                    return new StoryComparison.UniqueSentences(article.summary().id(),
                            alone.stream().map(StorySentence::text).toList(),
                            alone.stream().map(s -> new StoryComparison.Passage(s.articleId(), s.blockIndex(), s.text())).toList());
                })
                .toList();
    }

    /**
     * Statements several sources make, most widely reported first: the rows of the sources × facts grid. A source is
     * marked on a row only for a sentence that makes the row's statement, figures and all.
     */
    private static List<StoryComparison.Fact> facts(List<StorySentence> sentences, SentenceAlignment alignment,
                                                    SameStatement sameStatement) {
        List<StoryComparison.Fact> facts = new ArrayList<>();
        Set<StorySentence> covered = new HashSet<>();
        Map<StorySentence, Set<Long>> saying = new HashMap<>();
        for (StorySentence sentence : sentences) {
            Set<Long> articles = new TreeSet<>();
            articles.add(sentence.articleId());
            alignment.counterpartsOf(sentence).stream().filter(c -> sameStatement.test(sentence, c.other()))
                    .forEach(c -> articles.add(c.other().articleId()));
            saying.put(sentence, articles);
        }
        List<StorySentence> byReach = sentences.stream()
                .sorted(Comparator.comparingInt((StorySentence s) -> -saying.get(s).size())
                        .thenComparingLong(StorySentence::articleId).thenComparingInt(StorySentence::position))
                .toList();
        for (StorySentence sentence : byReach) {
            Set<Long> reportedBy = saying.get(sentence);
            if (reportedBy.size() < 2 || covered.contains(sentence) || facts.size() >= MAX_FACTS) {
                continue;
            }
            covered.add(sentence);
            alignment.counterpartsOf(sentence).forEach(counterpart -> covered.add(counterpart.other()));
            facts.add(new StoryComparison.Fact(sentence.text(), sentence.articleId(), sentence.blockIndex(),
                    List.copyOf(new TreeSet<>(reportedBy))));
        }
        return facts;
    }
}
