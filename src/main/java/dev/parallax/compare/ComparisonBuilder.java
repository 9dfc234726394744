package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.text.ContentWords;
import dev.parallax.text.NameVariants;
import dev.parallax.text.Sentences;
import dev.parallax.text.TermVector;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the articles of one story: how close each pair is and which sentences align, the figures and whether
 * they agree, the quotations and how each outlet worded them, the names each source uses, and what only one
 * source says. Its cost follows the story's own articles, never the corpus.
 */
final class ComparisonBuilder {

    /**
     * Figures within this relative difference agree: "300 km" restated as "186 miles" is 0.2% apart and agrees;
     * "300 km" against "190 miles" is 1.9% apart, a different figure.
     */
    static final double AGREEMENT_TOLERANCE = 0.01;
    /** A pair where most sentences of one have a counterpart in the other looks rewritten from it. */
    static final double REWRITE_COVERAGE = 0.6;
    static final double SAME_QUOTE = 0.5;
    private static final int MAX_FACTS = 30;
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
    private static final Pattern INITIAL_DOT = Pattern.compile("(?<=\\p{Lu})\\.");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GENERATIONAL_SUFFIX = Pattern.compile("\\b(Jr\\.?|Sr\\.?)$");

    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    StoryComparison build(long storyId, String title, List<ArticleDetail> articles, Map<Long, TermVector> vectors) {
        List<StorySentence> sentences = new ArrayList<>();
        List<Quantity> figures = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (ArticleDetail article : articles) {
            long id = article.summary().id();
            String whole = article.blocks().stream().map(ArticleDetail.BlockView::text).collect(Collectors.joining("\n"));
            EntityExtractor names = new EntityExtractor(whole);
            int position = 0;
            for (ArticleDetail.BlockView block : article.blocks()) {
                if (block.kind() != BlockKind.PARAGRAPH) {
                    continue;
                }
                quotes.addAll(quoteExtractor.extract(id, block.index(), block.text(), names));
                for (String sentence : Sentences.of(block.text())) {
                    sentences.add(new StorySentence(id, block.index(), position++, sentence, ContentWords.setOf(sentence)));
                    figures.addAll(quantities.extract(id, block.index(), sentence));
                    mentions.addAll(names.extract(id, block.index(), sentence));
                }
            }
        }
        SentenceAlignment alignment = new SentenceAlignment(sentences);
        List<StoryComparison.ArticleRef> refs = articles.stream()
                .map(a -> new StoryComparison.ArticleRef(a.summary().id(), a.summary().origin(), a.summary().title(), a.summary().source()))
                .toList();
        Set<String> speakers = new java.util.HashSet<>();
        quotes.stream().map(Quote::speaker).filter(java.util.Objects::nonNull).forEach(speakers::add);
        List<StoryComparison.EntityGroup> entities = entities(mentions, speakers);
        return new StoryComparison(storyId, title, refs, similarity(articles, vectors, alignment), numbers(figures),
                quoteGroups(quotes, entities), entities, unique(articles, alignment), facts(sentences, alignment));
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

    /** Figures grouped by what they measure; a group agrees when every source's value is within the tolerance. */
    private static List<StoryComparison.NumberGroup> numbers(List<Quantity> figures) {
        List<List<Figure>> groups = new ArrayList<>();
        for (Figure figure : figures.stream().map(Figure::of).toList()) {
            List<Figure> group = groups.stream().filter(candidate -> belongTogether(candidate.getFirst(), figure)).findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(figure)));
            } else {
                group.add(figure);
            }
        }
        return groups.stream()
                .map(group -> numberGroup(group.stream().map(Figure::quantity).toList()))
                .sorted(Comparator.comparing((StoryComparison.NumberGroup group) -> group.agreement().ordinal())
                        .thenComparing(group -> -group.values().size()))
                .toList();
    }

    /** A figure with the words of its label and of its sentence, analysed once however often it is compared. */
    private record Figure(Quantity quantity, List<String> labelWords, Set<String> sentenceWords) {
        static Figure of(Quantity quantity) {
            return new Figure(quantity, ContentWords.of(quantity.label()), ContentWords.setOf(quantity.sentence()));
        }
    }

    private static boolean belongTogether(Figure firstOfGroup, Figure candidate) {
        Quantity first = firstOfGroup.quantity();
        Quantity figure = candidate.quantity();
        if (!first.comparableKind().equals(figure.comparableKind())) {
            return false;
        }
        if (first.articleId() == figure.articleId() && first.normalized() != figure.normalized()) {
            return false; // one article's different figures are different things
        }
        // Same measure: the same noun, sentences that share much of their words ("killed 11 Ukrainians", "killed
        // eleven civilians"), or, for physical measures, values near enough to be one figure reported differently.
        double sentences = ContentWords.jaccard(firstOfGroup.sentenceWords(), candidate.sentenceWords());
        boolean physical = first.dimension() != Quantity.Dimension.COUNT && first.dimension() != Quantity.Dimension.MONEY
                && first.dimension() != Quantity.Dimension.PERCENT;
        return firstOfGroup.labelWords().equals(candidate.labelWords()) || sentences >= 0.2
                || first.value() == figure.value() && sentences >= 0.1
                || physical && Math.abs(first.normalized() - figure.normalized()) <= 0.25 * Math.max(first.normalized(), figure.normalized());
    }

    private static StoryComparison.NumberGroup numberGroup(List<Quantity> group) {
        Map<Long, Quantity> bySource = new LinkedHashMap<>();
        group.forEach(figure -> bySource.putIfAbsent(figure.articleId(), figure));
        Agreement agreement;
        if (bySource.size() < 2) {
            agreement = Agreement.SINGLE;
        } else {
            double min = bySource.values().stream().mapToDouble(Quantity::normalized).min().orElse(0);
            double max = bySource.values().stream().mapToDouble(Quantity::normalized).max().orElse(0);
            agreement = max - min <= AGREEMENT_TOLERANCE * Math.max(Math.abs(max), 1e-9) ? Agreement.AGREE : Agreement.DIFFER;
        }
        String label = mostCommon(group.stream().map(Quantity::label).toList());
        return new StoryComparison.NumberGroup(label, agreement, bySource.values().stream()
                .map(f -> new StoryComparison.NumberValue(f.articleId(), f.blockIndex(), f.text(), f.value(), f.unit(),
                        f.normalized(), f.normalizedUnit(), f.sentence()))
                .toList());
    }

    /** One quotation across sources, however each worded it; each wording with its differences marked. */
    private List<StoryComparison.QuoteGroup> quoteGroups(List<Quote> quotes, List<StoryComparison.EntityGroup> entities) {
        List<List<Quote>> groups = new ArrayList<>();
        Map<Quote, Set<String>> wordsOf = new HashMap<>();
        quotes.forEach(quote -> wordsOf.computeIfAbsent(quote, q -> ContentWords.setOf(q.text())));
        for (Quote quote : quotes) {
            Set<String> words = wordsOf.get(quote);
            List<Quote> group = groups.stream()
                    .filter(candidate -> candidate.stream().noneMatch(member -> member.articleId() == quote.articleId()))
                    .filter(candidate -> candidate.stream().anyMatch(member -> sameQuote(wordsOf.get(member), words)))
                    .findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(quote)));
            } else {
                group.add(quote);
            }
        }
        return groups.stream()
                .map(group -> {
                    String reference = group.getFirst().text();
                    String speaker = mostCommon(group.stream().map(Quote::speaker).filter(java.util.Objects::nonNull)
                            .map(name -> canonicalName(name, entities)).toList());
                    return new StoryComparison.QuoteGroup(speaker, group.stream()
                            .map(q -> new StoryComparison.QuoteVariant(q.articleId(), q.blockIndex(), q.text(), q.speaker(),
                                    wordDiff(reference, q.text())))
                            .toList());
                })
                .sorted(Comparator.comparingInt((StoryComparison.QuoteGroup group) -> -group.variants().size()))
                .toList();
    }

    /** A wording against the reference: removed words in del, added ones in ins, everything escaped. */
    static String wordDiff(String reference, String wording) {
        List<String> from = List.of(reference.split("\\s+"));
        List<String> to = List.of(wording.split("\\s+"));
        Patch<String> patch = DiffUtils.diff(from, to);
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                html.append(HtmlUtils.htmlEscape(from.get(position))).append(' ');
            }
            if (!delta.getSource().getLines().isEmpty()) {
                html.append("<del>").append(HtmlUtils.htmlEscape(String.join(" ", delta.getSource().getLines()))).append("</del> ");
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                html.append("<ins>").append(HtmlUtils.htmlEscape(String.join(" ", delta.getTarget().getLines()))).append("</ins> ");
            }
            position += delta.getSource().size();
        }
        for (; position < from.size(); position++) {
            html.append(HtmlUtils.htmlEscape(from.get(position))).append(' ');
        }
        return html.toString().strip();
    }

    /**
     * Names merged across spellings and short forms: Zelensky, Zelenskyy and Zelenskyi are one; "Biden" joins
     * "Joe Biden"; "Trump" joins "Donald Trump", never "Donald Trump Jr.", who stays apart.
     */
    static List<StoryComparison.EntityGroup> entities(List<EntityExtractor.Mention> mentions, Set<String> speakers) {
        // Each distinct name is weighed once, however many articles use it: a long story repeats its names a lot.
        Map<String, List<EntityExtractor.Mention>> mentionsByName = new LinkedHashMap<>();
        mentions.forEach(mention -> mentionsByName.computeIfAbsent(mention.name(), name -> new ArrayList<>()).add(mention));
        List<Name> longestFirst = mentionsByName.keySet().stream()
                .map(Name::of)
                .sorted(Comparator.comparingInt((Name name) -> -name.tokens().size()))
                .toList();
        List<List<Name>> namesOfGroups = new ArrayList<>();
        List<List<EntityExtractor.Mention>> groups = new ArrayList<>();
        for (Name name : longestFirst) {
            int chosen = -1;
            for (int g = 0; g < namesOfGroups.size(); g++) {
                // The first matching group wins, one without a suffix ("Jr.") before one with.
                if (sameEntity(namesOfGroups.get(g), name)
                        && (chosen < 0 || namesOfGroups.get(chosen).getFirst().hasSuffix() && !namesOfGroups.get(g).getFirst().hasSuffix())) {
                    chosen = g;
                }
            }
            if (chosen < 0) {
                namesOfGroups.add(new ArrayList<>(List.of(name)));
                groups.add(new ArrayList<>(mentionsByName.get(name.text())));
            } else {
                namesOfGroups.get(chosen).add(name);
                groups.get(chosen).addAll(mentionsByName.get(name.text()));
            }
        }
        return groups.stream()
                .map(group -> {
                    Set<String> variants = new LinkedHashSet<>();
                    group.forEach(mention -> variants.add(mention.name()));
                    String name = variants.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
                    // Whoever is quoted is a person.
                    String type = variants.stream().anyMatch(speakers::contains) ? "PERSON" : typeOf(group);
                    return new StoryComparison.EntityGroup(name, type, List.copyOf(variants),
                            List.copyOf(group.stream().map(EntityExtractor.Mention::articleId).collect(Collectors.toCollection(TreeSet::new))));
                })
                .sorted(Comparator.comparingInt((StoryComparison.EntityGroup e) -> -e.articleIds().size())
                        .thenComparing(e -> -e.variants().size()).thenComparing(StoryComparison.EntityGroup::name))
                .toList();
    }

    /** What most mentions that give a cue say a name is: a title makes a person, "in" a place. */
    private static String typeOf(List<EntityExtractor.Mention> group) {
        List<String> cued = group.stream().map(EntityExtractor.Mention::type).filter(type -> !type.equals("OTHER")).toList();
        return cued.isEmpty() ? "OTHER" : mostCommon(cued);
    }

    /** A speaker as the story's merged names call them: "Zelenskyy" is "Volodymyr Zelensky". */
    private static String canonicalName(String speaker, List<StoryComparison.EntityGroup> entities) {
        for (StoryComparison.EntityGroup entity : entities) {
            if (entity.variants().contains(speaker)) {
                return entity.name();
            }
        }
        for (StoryComparison.EntityGroup entity : entities) {
            List<String> tokens = tokens(entity.name());
            if (entity.type().equals("PERSON") && !hasSuffix(entity.name())
                    && NameVariants.sameWord(tokens.getLast(), tokens(speaker).getLast())) {
                return entity.name();
            }
        }
        return speaker;
    }

    private static boolean sameEntity(List<Name> group, Name name) {
        List<String> candidate = name.tokens();
        for (Name member : group) {
            List<String> known = member.tokens();
            if (member.hasSuffix() && name.hasSuffix() && candidate.size() < known.size()
                    && sameTokens(known.subList(known.size() - candidate.size(), known.size()), candidate)) {
                return true; // "Trump Jr." is "Donald Trump Jr."
            }
            if (member.hasSuffix() != name.hasSuffix() && candidate.size() > 1) {
                return false; // Donald Trump Jr. is not Donald Trump
            }
            if (known.size() == candidate.size() && sameTokens(known, candidate)) {
                return true;
            }
            // A short form: the surname alone ("Biden"), or a name without its suffix joins the full name.
            if (candidate.size() == 1 && known.size() > 1 && !member.hasSuffix()
                    && NameVariants.sameWord(known.getLast(), candidate.getFirst())) {
                return true;
            }
        }
        return false;
    }

    /** A name with its words and whether it ends in a generational suffix, worked out once. */
    private record Name(String text, List<String> tokens, boolean hasSuffix) {
        static Name of(String text) {
            return new Name(text, ComparisonBuilder.tokens(text), ComparisonBuilder.hasSuffix(text));
        }
    }

    private static boolean sameTokens(List<String> one, List<String> other) {
        for (int i = 0; i < one.size(); i++) {
            if (!NameVariants.sameWord(one.get(i), other.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A name's words, without possessives and dots: "J.D. Vance" and "JD Vance", "U.S" and "US" are alike. */
    private static List<String> tokens(String name) {
        String plain = INITIAL_DOT.matcher(POSSESSIVE.matcher(name).replaceAll("")).replaceAll("");
        return List.of(WHITESPACE.split(plain));
    }

    private static boolean hasSuffix(String name) {
        return GENERATIONAL_SUFFIX.matcher(name).find();
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

    /** Statements several sources make, most widely reported first: the rows of the sources × facts grid. */
    private static List<StoryComparison.Fact> facts(List<StorySentence> sentences, SentenceAlignment alignment) {
        List<StoryComparison.Fact> facts = new ArrayList<>();
        Set<StorySentence> covered = new java.util.HashSet<>();
        List<StorySentence> byReach = sentences.stream()
                .sorted(Comparator.comparingInt((StorySentence s) -> -alignment.articlesSaying(s).size())
                        .thenComparingLong(StorySentence::articleId).thenComparingInt(StorySentence::position))
                .toList();
        for (StorySentence sentence : byReach) {
            Set<Long> reportedBy = alignment.articlesSaying(sentence);
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

    /** Two wordings of one quotation share most of the shorter one's words, and at least two of them. */
    private static boolean sameQuote(Set<String> one, Set<String> other) {
        long shared = one.stream().filter(other::contains).count();
        return shared >= 2 && overlap(one, other) >= SAME_QUOTE;
    }

    private static double overlap(Set<String> one, Set<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        long shared = one.stream().filter(other::contains).count();
        return shared / (double) Math.min(one.size(), other.size());
    }

    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
