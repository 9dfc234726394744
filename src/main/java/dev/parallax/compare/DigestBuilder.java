package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.text.EntityType;
import dev.parallax.text.SentenceEmbeddings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds a story's digest from its comparison. Sentences are grouped across articles by meaning (the sentence model,
 * and the alignment's shared words); articles that are copies of one text, or of one outlet, count as one outlet;
 * sentences are ranked by how many outlets carry them, then by how central they are to the whole coverage (each
 * sentence's similarity to every other, as LexRank weighs it), and a line too like one already chosen is skipped.
 */
final class DigestBuilder {

    /** Two sentences of different outlets this alike by meaning say the same thing. */
    static final double SAME_STATEMENT = 0.8;
    /** ... and share this many content words: the model alone finds much alike that says different things. */
    static final int MIN_SHARED_WORDS = 3;
    /** Below this, no other outlet says anything like a sentence: only its outlet reports it. */
    static final double ALSO_SAID = 0.6;
    /** Two lines of a digest this alike would say one thing twice. */
    static final double TOO_CLOSE = 0.7;
    /** Sentences less alike than this add nothing to one another's centrality. */
    static final double RELATED = 0.3;
    static final int MAX_LINES = 6;
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 45;
    static final int ONLY_PER_OUTLET = 2;
    /** The share of a sentence's words another outlet's article holds when it tells the same, in its own sentences. */
    static final double TOLD_ELSEWHERE = 0.5;
    static final int ADDED_PER_KIND = 3;
    private static final Set<String> LEANS_ON_WHAT_CAME_BEFORE = Set.of("he", "she", "they", "it", "this", "that", "these",
            "those", "his", "her", "their", "its", "but", "and", "also", "however");

    /** What the digest reads from a comparison in the making. */
    record Story(List<ArticleDetail> articles, List<StorySentence> sentences, SentenceAlignment alignment,
                 SameStatement sameStatement, List<StoryComparison.NumberGroup> numbers, List<StoryComparison.QuoteGroup> quotes,
                 List<StoryComparison.EntityGroup> entities, List<StoryComparison.Similarity> similarity,
                 Map<StorySentence, Integer> notability) {
    }

    private final Story story;
    private final Map<Long, ArticleDetail> articles = new LinkedHashMap<>();
    private final Map<Long, Long> outletOf = new HashMap<>();
    private final Map<StorySentence, float[]> meaning = new HashMap<>();
    private final Set<String> disputed = new HashSet<>();
    private final SameStatement sameStatement;
    /** Each article's figures (as value and unit) and words. */
    private final Map<Long, Set<String>> figuresByArticle = new HashMap<>();
    private final Map<Long, Set<String>> wordsByArticle = new HashMap<>();

    private DigestBuilder(Story story) {
        this.story = story;
        story.articles().forEach(article -> articles.put(article.summary().id(), article));
        groupOutlets();
        List<String> texts = story.sentences().stream().map(StorySentence::text).distinct().toList();
        List<float[]> vectors = SentenceEmbeddings.embed(texts);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), vectors.get(i));
        }
        story.sentences().forEach(sentence -> meaning.put(sentence, byText.get(sentence.text())));
        story.sentences().forEach(sentence -> wordsByArticle.computeIfAbsent(sentence.articleId(), id -> new HashSet<>())
                .addAll(sentence.words()));
        sameStatement = story.sameStatement();
        story.sentences().forEach(sentence -> figuresByArticle.computeIfAbsent(sentence.articleId(), id -> new HashSet<>())
                .addAll(sameStatement.figuresOf(sentence)));
        // A figure the comparison could not corroborate may yet be disputed: a line holds only figures outlets agree on,
        // and none of a measure other outlets give differently (57 passengers agreed by two, 58 by a third).
        Set<String> differing = story.numbers().stream().filter(group -> group.agreement() == StoryComparison.Agreement.DIFFER)
                .map(StoryComparison.NumberGroup::label).collect(Collectors.toSet());
        story.numbers().stream().filter(group -> group.agreement() != StoryComparison.Agreement.AGREE || differing.contains(group.label()))
                .flatMap(group -> group.values().stream())
                .forEach(value -> disputed.add(value.articleId() + "|" + value.sentence()));
    }

    static Digest build(Story story) {
        if (story.articles().isEmpty()) {
            return Digest.EMPTY;
        }
        DigestBuilder builder = new DigestBuilder(story);
        return new Digest(builder.agreed(), builder.differ(), builder.onlyOne(), builder.timeline(), builder.outlets());
    }

    /** Articles of one outlet, or copies of one text (most sentences of one align with the other's), are one outlet. */
    private void groupOutlets() {
        Map<Long, Long> parent = new HashMap<>();
        articles.keySet().forEach(id -> parent.put(id, id));
        Map<String, Long> firstOfSource = new HashMap<>();
        for (ArticleDetail article : articles.values()) {
            String source = String.valueOf(article.summary().source()).toLowerCase(Locale.ROOT);
            Long first = firstOfSource.putIfAbsent(source, article.summary().id());
            if (first != null) {
                union(parent, first, article.summary().id());
            }
        }
        story.similarity().stream().filter(pair -> pair.rewrittenFrom() != null)
                .forEach(pair -> union(parent, pair.a(), pair.b()));
        articles.keySet().forEach(id -> outletOf.put(id, find(parent, id)));
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.put(find(parent, a), find(parent, b));
    }

    private static long find(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    // ---- what most outlets carry

    private List<Digest.Line> agreed() {
        Map<StorySentence, List<StorySentence>> sameAs = new HashMap<>();
        Map<StorySentence, Double> centrality = new HashMap<>();
        List<StorySentence> sentences = story.sentences();
        for (StorySentence one : sentences) {
            List<StorySentence> same = new ArrayList<>();
            double related = 0;
            for (StorySentence other : sentences) {
                if (outletOf.get(other.articleId()).equals(outletOf.get(one.articleId()))) {
                    continue;
                }
                double alike = alike(one, other);
                if (alike >= RELATED) {
                    related += alike;
                }
                if (sameStatement.test(one, other)
                        || alike >= SAME_STATEMENT && SameStatement.sharedWords(one, other) >= MIN_SHARED_WORDS && sameStatement.holdsFiguresOf(one, other)) {
                    same.add(other);
                }
            }
            sameAs.put(one, same);
            centrality.put(one, related);
        }
        int outlets = (int) outletOf.values().stream().distinct().count();
        // Most outlets: half of them at least, and two.
        List<StorySentence> candidates = sentences.stream()
                .filter(this::readsAsALine)
                .filter(sentence -> !isDisputed(sentence) && sameAs.get(sentence).stream().noneMatch(this::isDisputed))
                .filter(sentence -> outletsOf(sentence, sameAs).size() >= Math.max(2, (outlets + 1) / 2))
                .sorted(Comparator.comparingInt((StorySentence s) -> -outletsOf(s, sameAs).size())
                        .thenComparingDouble(s -> -centrality.get(s)).thenComparingInt(StorySentence::position))
                .toList();
        List<StorySentence> chosen = new ArrayList<>();
        for (StorySentence candidate : candidates) {
            if (chosen.size() < MAX_LINES && chosen.stream().noneMatch(line -> alike(line, candidate) >= TOO_CLOSE
                    || sameAs.get(line).contains(candidate))) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().map(sentence -> {
            Set<Long> carrying = new TreeSet<>();
            carrying.add(sentence.articleId());
            sameAs.get(sentence).forEach(other -> carrying.add(other.articleId()));
            List<String> sources = carrying.stream().map(this::sourceOf).distinct().toList();
            return new Digest.Line(sentence.text(), sentence.articleId(), sentence.blockIndex(), List.copyOf(carrying), sources);
        }).toList();
    }

    private Set<Long> outletsOf(StorySentence sentence, Map<StorySentence, List<StorySentence>> sameAs) {
        Set<Long> outlets = new HashSet<>();
        outlets.add(outletOf.get(sentence.articleId()));
        sameAs.get(sentence).forEach(other -> outlets.add(outletOf.get(other.articleId())));
        return outlets;
    }

    /**
     * A sentence a reader can take as a line on its own: a statement of some length, not a question, not one that
     * leans on the sentence before it ("He stated…", "It added…"), and not mostly someone's words: a quotation is
     * shown with its speaker among the quotes, where a reader sees who said it.
     */
    private boolean readsAsALine(StorySentence sentence) {
        String text = sentence.text().strip();
        String[] words = text.split("\\s+");
        return words.length >= MIN_WORDS && words.length <= MAX_WORDS && !text.endsWith("?")
                && !LEANS_ON_WHAT_CAME_BEFORE.contains(words[0].toLowerCase(Locale.ROOT))
                && quotedShare(text) <= 0.5;
    }

    /** The share of a sentence's letters that stand inside quotation marks (a leading single quote counts too). */
    static double quotedShare(String text) {
        int letters = 0;
        int quoted = 0;
        boolean inside = false;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!inside && (c == '“' || c == '"' || (c == '‘' || c == '\'') && wordStart)) {
                inside = true;
                closing = c == '“' ? '”' : c == '‘' ? '’' : c;
            } else if (inside && (c == closing || closing == '"' && c == '”'
                    || (closing == '’' || closing == '\'') && (c == '’' || c == '\'')
                    && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1))))) {
                inside = false;
            } else if (Character.isLetter(c)) {
                letters++;
                if (inside) {
                    quoted++;
                }
            }
        }
        return letters == 0 ? 0 : (double) quoted / letters;
    }

    private boolean isDisputed(StorySentence sentence) {
        return disputed.contains(sentence.articleId() + "|" + sentence.text());
    }

    private double alike(StorySentence one, StorySentence other) {
        float[] a = meaning.get(one);
        float[] b = meaning.get(other);
        return a == null || b == null ? 0 : SentenceEmbeddings.cosine(a, b);
    }

    // ---- where they differ

    private List<Digest.Difference> differ() {
        List<Digest.Difference> differences = new ArrayList<>();
        for (StoryComparison.NumberGroup group : story.numbers()) {
            if (group.agreement() != StoryComparison.Agreement.DIFFER) {
                continue;
            }
            List<Digest.Claim> claims = group.values().stream()
                    .sorted(Comparator.comparing((StoryComparison.NumberValue v) -> instantOf(articles.get(v.articleId())),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(value -> new Digest.Claim(value.articleId(), sourceOf(value.articleId()),
                            FigureDisplay.of(value, group.values(), group.dimension()), value.sentence(), value.blockIndex(),
                            articles.get(value.articleId()).summary().published()))
                    .toList();
            differences.add(new Digest.Difference(capitalised(group.label()) + ": " + sideBySide(claims),
                    Digest.Difference.Kind.FIGURE, group.label(), claims));
        }
        for (StoryComparison.QuoteGroup quote : story.quotes()) {
            List<StoryComparison.QuoteVariant> wordings = distinctWordings(quote);
            if (quote.speaker() == null || wordings.size() < 2 || Wordings.isExcerpt(wordings.get(0).text(), wordings.get(1).text())
                    || !quote.variants().stream().allMatch(v -> v.speaker() == null || v.speaker().equals(quote.speaker()))) {
                continue;
            }
            List<Digest.Claim> claims = wordings.stream()
                    .map(v -> new Digest.Claim(v.articleId(), sourceOf(v.articleId()), "“" + v.text() + "”", v.text(),
                            v.blockIndex(), articles.get(v.articleId()).summary().published()))
                    .toList();
            differences.add(new Digest.Difference("The words of " + quote.speaker() + ": " + sideBySide(claims),
                    Digest.Difference.Kind.QUOTE, quote.speaker(), claims));
        }
        return differences;
    }

    /** "820 (Northstar Wire, 9 Sep 2023) — 1,037 (Lumière 24, 9 Sep 2023)": one entry per figure, its outlets and days. */
    private String sideBySide(List<Digest.Claim> claims) {
        Map<String, List<Digest.Claim>> byText = new LinkedHashMap<>();
        claims.forEach(claim -> byText.computeIfAbsent(claim.text(), t -> new ArrayList<>()).add(claim));
        return byText.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue().stream()
                        .map(claim -> claim.published() == null ? claim.source() : claim.source() + ", " + PublicationTimes.readable(claim.published()))
                        .distinct().collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(" — "));
    }

    private static List<StoryComparison.QuoteVariant> distinctWordings(StoryComparison.QuoteGroup quote) {
        Set<String> seen = new HashSet<>();
        return quote.variants().stream().filter(v -> seen.add(Wordings.plain(v.text()))).toList();
    }

    // ---- what only one outlet reports

    private List<Digest.Only> onlyOne() {
        if (outletOf.values().stream().distinct().count() < 2) {
            return List.of();
        }
        Set<String> sharedFigures = new HashSet<>();
        for (StoryComparison.NumberGroup group : story.numbers()) {
            if (group.values().stream().map(v -> outletOf.get(v.articleId())).distinct().count() > 1) {
                group.values().forEach(value -> sharedFigures.add(value.articleId() + "|" + value.sentence()));
            }
        }
        Map<Long, List<StorySentence>> byOutlet = new LinkedHashMap<>();
        for (StorySentence sentence : story.sentences()) {
            boolean alone = story.alignment().counterpartsOf(sentence).isEmpty()
                    && story.sentences().stream().noneMatch(other -> !outletOf.get(other.articleId()).equals(outletOf.get(sentence.articleId()))
                    && alike(sentence, other) >= ALSO_SAID);
            if (alone && readsAsALine(sentence) && story.notability().getOrDefault(sentence, 0) >= 2
                    && !sharedFigures.contains(sentence.articleId() + "|" + sentence.text()) && !toldElsewhere(sentence)) {
                byOutlet.computeIfAbsent(outletOf.get(sentence.articleId()), o -> new ArrayList<>()).add(sentence);
            }
        }
        List<Digest.Only> only = new ArrayList<>();
        byOutlet.values().forEach(sentences -> sentences.stream()
                .sorted(Comparator.comparingInt((StorySentence s) -> -story.notability().get(s)).thenComparingInt(StorySentence::position))
                .limit(ONLY_PER_OUTLET)
                .forEach(s -> only.add(new Digest.Only(s.articleId(), sourceOf(s.articleId()), s.text(), s.blockIndex()))));
        return only;
    }

    /**
     * Whether another outlet tells what a sentence tells in other sentences: one of its figures, in its unit, stands in
     * another outlet's article, or most of its words do. Saying "only this outlet reports it" needs a sentence the
     * others have nothing of, not merely none worded alike.
     */
    private boolean toldElsewhere(StorySentence sentence) {
        long outlet = outletOf.get(sentence.articleId());
        Set<String> figures = sameStatement.figuresOf(sentence);
        for (Map.Entry<Long, Set<String>> other : figuresByArticle.entrySet()) {
            if (outletOf.get(other.getKey()) != outlet && figures.stream().anyMatch(other.getValue()::contains)) {
                return true;
            }
        }
        if (sentence.words().isEmpty()) {
            return false;
        }
        for (Map.Entry<Long, Set<String>> other : wordsByArticle.entrySet()) {
            if (outletOf.get(other.getKey()) != outlet) {
                long found = sentence.words().stream().filter(other.getValue()::contains).count();
                if (found >= TOLD_ELSEWHERE * sentence.words().size()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- the coverage in order

    private List<Digest.Report> timeline() {
        List<ArticleDetail> inOrder = articles.values().stream()
                .sorted(Comparator.comparing(DigestBuilder::instantOf, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(article -> article.summary().id()))
                .toList();
        Set<Long> before = new HashSet<>();
        List<Digest.Report> reports = new ArrayList<>();
        boolean first = true;
        for (ArticleDetail article : inOrder) {
            long id = article.summary().id();
            boolean dated = instantOf(article) != null;
            List<String> added = before.isEmpty() ? List.of() : addedBy(id, before);
            reports.add(new Digest.Report(id, article.summary().source(), article.summary().title(), article.summary().published(),
                    first && dated, added));
            first = first && !dated;
            before.add(id);
        }
        return reports;
    }

    /** What an article brings that none of the reports before it had: figures others give too, people, voices. */
    private List<String> addedBy(long articleId, Set<Long> before) {
        List<String> added = new ArrayList<>();
        story.numbers().stream()
                .filter(group -> group.agreement() != StoryComparison.Agreement.SINGLE)
                .filter(group -> group.values().stream().anyMatch(v -> v.articleId() == articleId)
                        && group.values().stream().noneMatch(v -> before.contains(v.articleId())))
                .limit(ADDED_PER_KIND)
                .forEach(group -> group.values().stream().filter(v -> v.articleId() == articleId).findFirst()
                        .ifPresent(v -> added.add(group.label() + ": " + v.text())));
        story.entities().stream()
                .filter(entity -> entity.type() == EntityType.PERSON)
                .filter(entity -> entity.articleIds().contains(articleId) && entity.articleIds().stream().noneMatch(before::contains))
                .limit(ADDED_PER_KIND)
                .forEach(entity -> added.add(entity.name()));
        story.quotes().stream()
                .filter(quote -> quote.speaker() != null && quote.variants().stream().anyMatch(v -> v.articleId() == articleId)
                        && quote.variants().stream().noneMatch(v -> before.contains(v.articleId())))
                .limit(ADDED_PER_KIND)
                .forEach(quote -> added.add("words of " + quote.speaker()));
        return added;
    }

    private List<Digest.Outlet> outlets() {
        Map<String, List<Long>> bySource = new LinkedHashMap<>();
        articles.values().forEach(article -> bySource.computeIfAbsent(String.valueOf(article.summary().source()), s -> new ArrayList<>())
                .add(article.summary().id()));
        return bySource.entrySet().stream().map(entry -> new Digest.Outlet(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    // ---- helpers

    private String sourceOf(long articleId) {
        ArticleDetail article = articles.get(articleId);
        return article == null ? "one source" : String.valueOf(article.summary().source());
    }

    static Instant instantOf(ArticleDetail article) {
        return article == null ? null : PublicationTimes.instantOf(article.summary().published());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
