package dev.parallax.compare;

import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.text.ContentWords;
import dev.parallax.text.Dimension;
import dev.parallax.text.Frame;
import dev.parallax.text.Hedge;
import dev.parallax.text.Name;
import dev.parallax.text.NameMatcher;
import dev.parallax.text.QuantityMention;
import dev.parallax.text.SentenceEmbeddings;
import dev.parallax.text.TimeZones;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A story's figures grouped by the one thing each group measures, and whether the sources agree on it. Precision
 * first: figures join a group that would then disagree only on strong evidence that they measure the same thing
 * (the same noun and the same sentence in other words, or for a physical measure the same noun and a close value);
 * weaker evidence may join figures that agree, never make a disagreement. Better a figure left alone than a false
 * "the sources differ".
 */
final class FigureGroups {

    /** Figures within this relative difference agree: "300 km" restated as "186 miles" is 0.2% apart. */
    static final double AGREEMENT_TOLERANCE = 0.01;
    /** Figures in the same unit, neither hedged, must be equal: 984 feet and 985 feet differ. */
    static final double EXACT = 1e-9;
    /** A hedged figure ("about 850,000") allows this much. */
    static final double HEDGED_TOLERANCE = 0.1;
    /** Minutes a hedged time of day allows: "about 1:30 a.m." is 1:27 a.m. */
    static final int HEDGED_MINUTES = 15;
    /** Two measures of the same noun this far apart at most are one measure reported differently. */
    static final double SAME_MEASURE_RATIO = 1.5;
    /** Magnitudes of one quake as agencies report it differ by a few tenths; an aftershock is a whole step apart. */
    static final double SAME_MAGNITUDE = 0.6;
    static final double STRONG_CONTEXT = 0.5;
    /** Figures in sentences that do not say the same thing need at least this many words around them in common. */
    static final int MIN_SHARED_CONTEXT = 3;
    static final double WEAK_CONTEXT = 0.25;

    /** A figure of the story with where it stands and what it is about, analysed once. */
    record Figure(long articleId, int blockIndex, QuantityMention quantity, String text, StorySentence sentence,
                  String thing, Set<String> modifiers, Set<String> qualifiers, Set<String> context, Frame frame) {

        /**
         * A figure of an article published in the given year (null when unknown): a year in its frame that is the
         * report's own year is the time of the report.
         */
        static Figure of(long articleId, int blockIndex, QuantityMention quantity, String text, StorySentence sentence,
                         Integer publishedYear) {
            String thing = quantity.thing() == null ? null : ContentWords.of(quantity.thing()).stream().findFirst().orElse(null);
            Set<String> context = new HashSet<>(quantity.context());
            if (thing != null) {
                context.remove(thing);
            }
            Frame frame = quantity.frame();
            if (publishedYear != null && frame.time() != null
                    && frame.time().replace(Frame.ELSEWHERE, "").equals(publishedYear.toString())) {
                frame = new Frame(null, frame.modality(), frame.holder(), frame.where(), frame.near());
            }
            return new Figure(articleId, blockIndex, quantity, text, sentence, thing, Set.copyOf(quantity.modifiers()),
                    Set.copyOf(quantity.qualifiers()), context, frame);
        }

        boolean sameKind(Figure other) {
            return quantity.comparableKind().equals(other.quantity.comparableKind());
        }

        /**
         * Whether two figures stand in one frame: the same time, modality and holder. Loosely, when one of them may only
         * have been read less fully: a year the other's clause names stands elsewhere in its sentence, or the holder
         * of a sum sought or a forecast is named for one only. Loosely framed figures may agree, never differ. Two
         * figures whose sentences both name the same other time are framed alike.
         */
        FrameMatch frameMatch(Figure other) {
            Frame one = frame;
            Frame two = other.frame;
            boolean loose = false;
            if (!Objects.equals(one.time(), two.time())) {
                String a = one.time() == null ? null : one.time().replace(Frame.ELSEWHERE, "");
                String b = two.time() == null ? null : two.time().replace(Frame.ELSEWHERE, "");
                if (a == null || !a.equals(b)) {
                    return FrameMatch.APART;
                }
                loose = true; // the year is the other's own, and only in this one's sentence: the same, perhaps
            }
            if (one.modality() != two.modality()) {
                return FrameMatch.APART;
            }
            if (one.modality() != Frame.Modality.REPORTED && !Objects.equals(one.holder(), two.holder())) {
                if (one.holder() != null && two.holder() != null) {
                    return NameMatcher.sameName(Name.of(one.holder()), Name.of(two.holder())) ? FrameMatch.SAME : FrameMatch.APART;
                }
                loose = true;
            }
            return loose ? FrameMatch.LOOSE : FrameMatch.SAME;
        }

        /**
         * What the figure counts or measures, in a few words to compare by meaning: the words narrowing its noun,
         * the noun, and what is said of it ("north korean troops sent", "residents moved"); null without a noun.
         */
        String description() {
            if (quantity.thing() == null) {
                return null;
            }
            StringBuilder words = new StringBuilder();
            quantity.modifiers().forEach(modifier -> words.append(modifier).append(' '));
            words.append(quantity.thing());
            if (quantity.role() != null) {
                words.append(' ').append(quantity.role());
            }
            return words.toString();
        }

        /**
         * How finely the figure is written when it is plainly rounded, in the unit of its value: "$1.7 billion" is to
         * a hundred million; 0 for a figure as exact as it reads ("355", "7", "6.8").
         */
        double roundedTo() {
            Matcher number = WRITTEN_NUMBER.matcher(text);
            Matcher scale = SCALE_WORD.matcher(text);
            if (!number.find() || !scale.find()) {
                return 0;
            }
            int decimals = number.group(1) == null ? 0 : number.group(1).length() - 1;
            return Math.pow(10, -decimals) * SCALES.get(scale.group().toLowerCase(Locale.ROOT));
        }
    }

    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern SCALE_WORD = Pattern.compile("(?i)\\b(?:thousand|million|billion|trillion|bn|mn)\\b");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "bn", 1e9, "mn", 1e6);

    /**
     * What two figures of one thing say to each other: the same figure (equal as written, or as rounded, or as a
     * hedge allows), different figures that cannot both be right (or two bounds of different values: counts
     * reported at different times), or figures a reader could take either way ("at least two" and "five"), which
     * are never put side by side.
     */
    enum Relation { SAME, DIFFERENT, UNSURE }

    private enum Link { NONE, WEAK, STRONG }

    /** How two figures' frames match: the same, loosely (they may agree, never differ), or apart. */
    enum FrameMatch { SAME, LOOSE, APART }

    /** Figures whose descriptions are this alike by meaning may count one thing ("residents moved", "people evacuated"). */
    static final double DESCRIBED_ALIKE = 0.85;
    /** ... or this alike when they were counted in the same named place. */
    static final double DESCRIBED_ALIKE_IN_ONE_PLACE = 0.5;
    /** ... when their sentences are this alike by meaning too. */
    static final double SENTENCES_ALIKE = 0.6;
    static final double SENTENCES_ALIKE_IN_ONE_PLACE = 0.5;
    static final double SENTENCES_MUCH_ALIKE = 0.75;

    private record Candidate(int one, int other, Link link, double context) {
    }

    private final List<Figure> figures;
    private final SentenceAlignment alignment;
    private final WordMeanings meanings;
    private final int[] cluster;
    /** Each figure's description and sentence as vectors of meaning, embedded once per comparison. */
    private final Map<Figure, float[]> descriptions = new IdentityHashMap<>();
    private final Map<Figure, float[]> sentences = new IdentityHashMap<>();

    private FigureGroups(List<Figure> figures, SentenceAlignment alignment) {
        this.figures = figures;
        this.alignment = alignment;
        this.meanings = new WordMeanings(figures.stream()
                .flatMap(figure -> Stream.of(figure.quantity().thing(), figure.quantity().role())).toList());
        List<String> described = figures.stream().map(Figure::description).toList();
        List<float[]> descriptionVectors = SentenceEmbeddings.embed(described.stream().filter(Objects::nonNull).distinct().toList());
        Map<String, float[]> byDescription = new HashMap<>();
        List<String> distinct = described.stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            byDescription.put(distinct.get(i), descriptionVectors.get(i));
        }
        List<String> sentenceTexts = figures.stream().map(figure -> figure.sentence().text()).distinct().toList();
        List<float[]> sentenceVectors = SentenceEmbeddings.embed(sentenceTexts);
        Map<String, float[]> bySentence = new HashMap<>();
        for (int i = 0; i < sentenceTexts.size(); i++) {
            bySentence.put(sentenceTexts.get(i), sentenceVectors.get(i));
        }
        for (Figure figure : figures) {
            descriptions.put(figure, figure.description() == null ? null : byDescription.get(figure.description()));
            sentences.put(figure, bySentence.get(figure.sentence().text()));
        }
        this.cluster = new int[figures.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
        }
    }

    static List<StoryComparison.NumberGroup> group(List<Figure> figures, SentenceAlignment alignment) {
        return new FigureGroups(figures, alignment).groups();
    }

    private List<StoryComparison.NumberGroup> groups() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (!a.sameKind(b)) {
                    continue;
                }
                double context = overlap(a.context(), b.context());
                Link link = link(a, b, context);
                if (link != Link.NONE) {
                    candidates.add(new Candidate(i, j, link, context));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.link() == Link.STRONG ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(Candidate::context).reversed()));
        Set<Long> strong = new HashSet<>();
        candidates.stream().filter(c -> c.link() == Link.STRONG).forEach(c -> strong.add(pair(c.one(), c.other())));
        for (Candidate candidate : candidates) {
            int one = root(candidate.one());
            int other = root(candidate.other());
            if (one == other) {
                continue;
            }
            List<Integer> merged = new ArrayList<>(members(one));
            merged.addAll(members(other));
            boolean allowed = candidate.link() == Link.STRONG ? noArticleDisagreesWithItself(merged)
                    && everyDisagreementIsDirect(members(one), members(other), strong) : allAgree(merged);
            if (allowed) {
                cluster[other] = one;
            }
        }
        Map<Integer, List<Figure>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            byCluster.computeIfAbsent(root(i), root -> new ArrayList<>()).add(figures.get(i));
        }
        return byCluster.values().stream()
                .map(FigureGroups::numberGroup)
                .sorted(Comparator.comparing((StoryComparison.NumberGroup group) -> group.agreement().ordinal())
                        .thenComparing(group -> -group.values().size()))
                .toList();
    }

    /**
     * How strongly two figures are one thing measured twice. Figures qualified differently ("four other workers",
     * "a combined 167,000") are never one; nouns narrowed differently ("North Korean troops", "troops") are not one
     * for a disagreement. In two sentences that say the same thing, figures pair by equal value first, and a figure
     * left over in each may disagree; elsewhere only the same noun, narrowed alike, in much the same words.
     */
    private Link link(Figure a, Figure b, double context) {
        FrameMatch frames = a.frameMatch(b);
        if (!a.qualifiers().equals(b.qualifiers()) || rolesDiffer(a, b) || frames == FrameMatch.APART) {
            return Link.NONE;
        }
        Link link = linkInFrame(a, b, context);
        return frames == FrameMatch.LOOSE && link == Link.STRONG ? Link.WEAK : link;
    }

    private Link linkInFrame(Figure a, Figure b, double context) {
        boolean sameThing = a.thing() != null && a.thing().equals(b.thing())
                || meanings.synonyms(a.quantity().thing(), b.quantity().thing());
        boolean narrowedAlike = a.modifiers().equals(b.modifiers());
        boolean narrowedApart = !a.modifiers().isEmpty() && !b.modifiers().isEmpty() && !narrowedAlike;
        boolean compatible = same(a, b);
        if (a.articleId() == b.articleId()) {
            // One article stating a figure again: the same noun, and the same value.
            return sameThing && compatible && !narrowedApart && context >= WEAK_CONTEXT ? Link.WEAK : Link.NONE;
        }
        Dimension dimension = a.quantity().dimension();
        boolean measure = dimension.isPhysical() || dimension == Dimension.AGE || dimension == Dimension.MAGNITUDE;
        if (measure && sameThing && narrowedAlike && closeMeasures(a, b)) {
            return Link.STRONG; // the same noun measured, to within what reports of one measure differ by
        }
        if (alignment.areCounterparts(a.sentence(), b.sentence())) {
            boolean thingsAllow = sameThing || a.thing() == null || b.thing() == null;
            if (compatible) {
                return thingsAllow && !narrowedApart ? Link.STRONG : Link.NONE;
            }
            // A disagreement needs the words around both figures, not only their sentences, to be much the same, and
            // the same noun; a sum of money or a measure may do without one when it is the only one in either sentence.
            boolean onlyOnes = (dimension == Dimension.MONEY || measure) && aloneOfItsKind(a) && aloneOfItsKind(b);
            if ((sameThing || onlyOnes) && narrowedAlike && context >= STRONG_CONTEXT && leftOverAfterPairing(a, b)) {
                return Link.STRONG;
            }
            return describedAlike(a, b) ? Link.STRONG : Link.NONE;
        }
        if (dimension == Dimension.TIME_OF_DAY) {
            return context >= STRONG_CONTEXT ? Link.WEAK : Link.NONE;
        }
        if (describedAlike(a, b)) {
            return Link.STRONG;
        }
        if (!sameThing || narrowedApart) {
            return Link.NONE;
        }
        if (measure) {
            return Link.WEAK;
        }
        if (narrowedAlike && context >= STRONG_CONTEXT && shared(a.context(), b.context()) >= MIN_SHARED_CONTEXT
                && aloneOfItsKind(a) && aloneOfItsKind(b)) {
            return Link.STRONG;
        }
        return context >= WEAK_CONTEXT ? Link.WEAK : Link.NONE;
    }

    /**
     * Two figures described alike by meaning ("residents moved", "people evacuated"), in sentences alike by
     * meaning, counted in the same place, each the only figure of its article so described (but for restatements of
     * itself), and not merely allowed by a bound: one thing, however differently worded.
     */
    private boolean describedAlike(Figure a, Figure b) {
        if (a.quantity().dimension() == Dimension.TALLY || descriptions.get(a) == null || descriptions.get(b) == null
                || !a.frame().mayBeSamePlaceAs(b.frame()) || relation(a, b) == Relation.UNSURE) {
            return false;
        }
        // Counted in one named place, the sentences may be further apart; where one sentence names a place before the
        // figure and the other none, only much the same sentences will do.
        double sentencesAlike = !a.frame().samePlaceAs(b.frame()) ? SENTENCES_MUCH_ALIKE
                : a.frame().where() != null ? SENTENCES_ALIKE_IN_ONE_PLACE : SENTENCES_ALIKE;
        // Counted in one named place, the descriptions may be further apart: "residents moved out of Juniper Heights",
        // "evacuated 450 people from Juniper Heights".
        double enough = a.frame().where() != null ? DESCRIBED_ALIKE_IN_ONE_PLACE : DESCRIBED_ALIKE;
        return alike(descriptions, a, b) >= enough && alike(sentences, a, b) >= sentencesAlike
                && onlyOneSoDescribed(a, b, enough) && onlyOneSoDescribed(b, a, enough);
    }

    /** Whether no other figure of one's article, of another value, is described like the other figure. */
    private boolean onlyOneSoDescribed(Figure one, Figure other, double enough) {
        for (Figure candidate : figures) {
            if (candidate != one && candidate.articleId() == one.articleId() && candidate.sameKind(one)
                    && candidate.frameMatch(one) != FrameMatch.APART && descriptions.get(candidate) != null
                    && alike(descriptions, candidate, other) >= enough && !same(candidate, one)) {
                return false;
            }
        }
        return true;
    }

    private static double alike(Map<Figure, float[]> vectors, Figure a, Figure b) {
        float[] one = vectors.get(a);
        float[] other = vectors.get(b);
        return one == null || other == null ? 0 : SentenceEmbeddings.cosine(one, other);
    }

    /** Measures of one thing as outlets report it: within a ratio, or for magnitudes a few tenths. */
    private static boolean closeMeasures(Figure a, Figure b) {
        if (a.quantity().dimension() == Dimension.MAGNITUDE) {
            return Math.abs(a.quantity().value() - b.quantity().value()) <= SAME_MAGNITUDE;
        }
        return ratio(a.quantity().normalized(), b.quantity().normalized()) <= SAME_MEASURE_RATIO;
    }

    /** "Two workers were rescued", "six workers were missing": what is said of them differs, so they are two counts. */
    private boolean rolesDiffer(Figure a, Figure b) {
        String one = a.quantity().role();
        String other = b.quantity().role();
        if (one == null || other == null) {
            return false;
        }
        return !ContentWords.of(one).equals(ContentWords.of(other)) && !meanings.synonyms(one, other);
    }

    /**
     * In two sentences that say the same thing, the figures of a kind pair off by equal value ("Health care added
     * 67,000 jobs, government 52,000" against "Government added 52,000 jobs"); whether these two are the only ones left.
     */
    private boolean leftOverAfterPairing(Figure a, Figure b) {
        List<Figure> inA = ofKindIn(a);
        List<Figure> inB = new ArrayList<>(ofKindIn(b));
        List<Figure> leftInA = new ArrayList<>();
        for (Figure figure : inA) {
            Figure partner = inB.stream().filter(other -> same(figure, other)).findFirst().orElse(null);
            if (partner == null) {
                leftInA.add(figure);
            } else {
                inB.remove(partner);
            }
        }
        return leftInA.equals(List.of(a)) && inB.equals(List.of(b));
    }

    private boolean aloneOfItsKind(Figure figure) {
        return ofKindIn(figure).size() == 1;
    }

    private List<Figure> ofKindIn(Figure figure) {
        return figures.stream().filter(other -> other.sentence().equals(figure.sentence()) && other.sameKind(figure)).toList();
    }

    static Relation relation(Figure one, Figure other) {
        QuantityMention a = one.quantity();
        QuantityMention b = other.quantity();
        if (a.dimension() == Dimension.TIME_OF_DAY) {
            return sameTime(a, b) ? Relation.SAME : Relation.DIFFERENT;
        }
        boolean sameUnit = Objects.equals(a.unit(), b.unit());
        double x = sameUnit ? a.value() : a.normalized();
        double y = sameUnit ? b.value() : b.normalized();
        // Figures in one unit must be equal as written or as rounded; converted ones may differ by the rounding.
        double rounding = sameUnit ? Math.max(one.roundedTo(), other.roundedTo()) / 2 : 0;
        double tolerance = sameUnit ? EXACT : AGREEMENT_TOLERANCE;
        boolean equal = Math.abs(x - y) <= Math.max(rounding, tolerance * Math.max(Math.abs(x), Math.abs(y)));
        Hedge ha = a.hedge();
        Hedge hb = b.hedge();
        if (ha == Hedge.APPROXIMATE || hb == Hedge.APPROXIMATE) {
            if (ha == Hedge.APPROXIMATE && hb == Hedge.APPROXIMATE || ha == Hedge.EXACT || hb == Hedge.EXACT) {
                return Math.abs(x - y) <= HEDGED_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) ? Relation.SAME : Relation.DIFFERENT;
            }
            // "about 400" beside "at least 380": a bound and an approximation
            double bound = ha == Hedge.APPROXIMATE ? y : x;
            double around = ha == Hedge.APPROXIMATE ? x : y;
            Hedge kind = ha == Hedge.APPROXIMATE ? hb : ha;
            return bounded(kind, bound, around, HEDGED_TOLERANCE);
        }
        if (ha == hb) {
            return equal ? Relation.SAME : Relation.DIFFERENT; // two exact figures, or two bounds of different values
        }
        if (ha != Hedge.EXACT && hb != Hedge.EXACT) {
            return Relation.UNSURE; // "at least 40" beside "up to 60"
        }
        Hedge kind = ha == Hedge.EXACT ? hb : ha;
        double bound = ha == Hedge.EXACT ? y : x;
        double exact = ha == Hedge.EXACT ? x : y;
        return equal ? Relation.SAME : bounded(kind, bound, exact, 0);
    }

    /**
     * A figure beside a bound: different when the bound rules it out ("more than 364" and 355), else unsure. "At least
     * 34" and 37 may be one count at two moments or two counts: a reader shown them as agreeing would see 34 = 37.
     */
    private static Relation bounded(Hedge kind, double bound, double figure, double slack) {
        double past = kind == Hedge.AT_LEAST ? figure - bound : bound - figure;
        return past < -slack * Math.abs(bound) ? Relation.DIFFERENT : Relation.UNSURE;
    }

    static boolean same(Figure one, Figure other) {
        return relation(one, other) == Relation.SAME;
    }

    /** Times of day agree in some pair of the offsets their zones allow; times without a zone compare as written. */
    private static boolean sameTime(QuantityMention a, QuantityMention b) {
        int allowed = a.hedge() == Hedge.APPROXIMATE || b.hedge() == Hedge.APPROXIMATE ? HEDGED_MINUTES : 0;
        Set<Integer> offsetsA = TimeZones.offsets(a.zone());
        Set<Integer> offsetsB = TimeZones.offsets(b.zone());
        if (a.zone() == null || b.zone() == null) {
            return minutesApart(a.normalized(), b.normalized()) <= allowed;
        }
        for (int offsetA : offsetsA) {
            for (int offsetB : offsetsB) {
                if (minutesApart(a.normalized() - offsetA * 60, b.normalized() - offsetB * 60) <= allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double minutesApart(double one, double other) {
        double difference = Math.abs(one - other) % 1440;
        return Math.min(difference, 1440 - difference);
    }

    private boolean noArticleDisagreesWithItself(List<Integer> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Figure a = figures.get(members.get(i));
                Figure b = figures.get(members.get(j));
                if (a.articleId() == b.articleId() && !same(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two groups may join into a disagreement only where each pair of figures that disagree is strongly one thing,
     * itself or through a figure of the other group stating the very same figure; never through a third figure that
     * allows both ("at least four" beside six and four).
     */
    private boolean everyDisagreementIsDirect(List<Integer> one, List<Integer> other, Set<Long> strong) {
        for (int a : one) {
            for (int b : other) {
                Figure x = figures.get(a);
                Figure y = figures.get(b);
                Relation relation = relation(x, y);
                if (relation == Relation.UNSURE || x.articleId() != y.articleId() && relation == Relation.DIFFERENT
                        && !witnessed(a, b, other, strong) && !witnessed(b, a, one, strong)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a figure is strongly one thing with the given one or with a figure of its group that states the same. */
    private boolean witnessed(int figure, int disagreeing, List<Integer> itsGroup, Set<Long> strong) {
        Figure target = figures.get(disagreeing);
        return itsGroup.stream().anyMatch(member -> strong.contains(pair(figure, member))
                && figures.get(member).quantity().hedge() == target.quantity().hedge() && same(figures.get(member), target));
    }

    private static long pair(int one, int other) {
        return (long) Math.min(one, other) << 32 | Math.max(one, other);
    }

    private boolean allAgree(List<Integer> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!same(figures.get(members.get(i)), figures.get(members.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Integer> members(int root) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < cluster.length; i++) {
            if (root(i) == root) {
                members.add(i);
            }
        }
        return members;
    }

    private int root(int i) {
        while (cluster[i] != i) {
            cluster[i] = cluster[cluster[i]];
            i = cluster[i];
        }
        return i;
    }

    private static StoryComparison.NumberGroup numberGroup(List<Figure> group) {
        Set<Long> articles = new HashSet<>();
        group.forEach(figure -> articles.add(figure.articleId()));
        Agreement agreement = Agreement.SINGLE;
        if (articles.size() > 1) {
            agreement = Agreement.AGREE;
            for (int i = 0; i < group.size() && agreement == Agreement.AGREE; i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (group.get(i).articleId() != group.get(j).articleId() && !same(group.get(i), group.get(j))) {
                        agreement = Agreement.DIFFER;
                        break;
                    }
                }
            }
        }
        return new StoryComparison.NumberGroup(label(group), agreement, group.getFirst().quantity().dimension(),
                group.stream().map(FigureGroups::value).toList());
    }

    private static StoryComparison.NumberValue value(Figure figure) {
        QuantityMention q = figure.quantity();
        return new StoryComparison.NumberValue(figure.articleId(), figure.blockIndex(), figure.text(), q.value(), q.unit(),
                q.normalized(), q.normalizedUnit(), figure.sentence().text(), q.hedge(), q.zone());
    }

    /** What a group measures, as a reader would say it: its noun, or its dimension when it has none. */
    private static String label(List<Figure> group) {
        Map<String, Integer> nouns = new HashMap<>();
        group.stream().map(figure -> figure.quantity().thing()).filter(thing -> thing != null)
                .forEach(thing -> nouns.merge(thing, 1, Integer::sum));
        String dimension = group.getFirst().quantity().dimension().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String noun = nouns.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        if (noun == null) {
            return dimension;
        }
        Dimension kind = group.getFirst().quantity().dimension();
        return kind == Dimension.COUNT ? noun : noun + " (" + dimension + ")";
    }

    private static double ratio(double one, double other) {
        double small = Math.min(Math.abs(one), Math.abs(other));
        double large = Math.max(Math.abs(one), Math.abs(other));
        return small == 0 ? (large == 0 ? 1 : Double.MAX_VALUE) : large / small;
    }

    private static double overlap(Set<String> one, Set<String> other) {
        return one.isEmpty() || other.isEmpty() ? 0 : shared(one, other) / (double) Math.min(one.size(), other.size());
    }

    private static int shared(Set<String> one, Set<String> other) {
        int shared = 0;
        for (String word : one) {
            if (other.contains(word)) {
                shared++;
            }
        }
        return shared;
    }
}
