package dev.parallax.question;

import dev.parallax.article.ArticleDetail;
import dev.parallax.compare.FigureDisplay;
import dev.parallax.compare.StoryComparison;
import dev.parallax.compare.Wordings;
import dev.parallax.text.ContentWords;
import dev.parallax.text.EntityType;
import dev.parallax.text.NameVariants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes the questions a story's comparison raises, most telling first: figures the sources disagree on, a
 * quotation worded differently, people some sources leave out, a voice only one source carries. Each rests on a
 * figure group, a quotation or a name the comparison stands behind, names the real figures and people, and points
 * at the passages it is about; nothing is asked of what the analyses cannot vouch for.
 */
final class QuestionComposer {

    static final int MAX_QUESTIONS = 6;

    private record Draft(int weight, String kind, String text, List<Question.Evidence> evidence) {
    }

    /** The questions of a story's comparison; its articles' texts tell whether a voice is truly carried by one alone. */
    List<Question> compose(StoryComparison comparison, List<ArticleDetail> articles) {
        Map<Long, String> sources = comparison.articles().stream()
                .collect(Collectors.toMap(StoryComparison.ArticleRef::id, StoryComparison.ArticleRef::source, (a, b) -> a));
        Function<Long, String> source = id -> sources.getOrDefault(id, "one source");
        List<Draft> drafts = new ArrayList<>();
        differingNumbers(comparison, source, drafts);
        rewordedQuotes(comparison, source, drafts);
        Map<Long, Set<String>> capitalisedWords = articles.stream()
                .collect(Collectors.toMap(article -> article.summary().id(), QuestionComposer::capitalisedWords, (a, b) -> a));
        peopleLeftOut(comparison, capitalisedWords, source, drafts);
        singleVoices(comparison, articles, capitalisedWords, source, drafts);

        List<Draft> chosen = new ArrayList<>();
        for (Draft draft : drafts.stream().sorted(Comparator.comparingInt(Draft::weight).reversed()).toList()) {
            if (chosen.size() < MAX_QUESTIONS && chosen.stream().noneMatch(other -> nearDuplicate(other, draft))) {
                chosen.add(draft);
            }
        }
        return chosen.stream()
                .map(d -> new Question(Question.idOf(comparison.storyId(), Question.Origin.DERIVED, d.text()), d.text(),
                        Question.Origin.DERIVED, comparison.storyId(), null, d.kind(), d.evidence()))
                .toList();
    }

    private static void differingNumbers(StoryComparison comparison, Function<Long, String> source, List<Draft> drafts) {
        for (StoryComparison.NumberGroup group : comparison.numbers()) {
            if (group.agreement() != StoryComparison.Agreement.DIFFER) {
                continue;
            }
            // One figure per value as its outlets wrote it, other units beside it: "300 km (186 mi) (000, 001) and 190 miles (306 km) (003)".
            Map<String, List<StoryComparison.NumberValue>> byValue = new java.util.LinkedHashMap<>();
            group.values().forEach(v -> byValue.computeIfAbsent(FigureDisplay.of(v, group.values(), group.dimension()),
                    k -> new ArrayList<>()).add(v));
            List<String> figures = byValue.entrySet().stream()
                    .map(same -> same.getKey() + " (" + same.getValue().stream().map(v -> source.apply(v.articleId()))
                            .distinct().collect(Collectors.joining(", ")) + ")")
                    .toList();
            String figuresText = String.join(", at ", figures.subList(0, figures.size() - 1)) + " and at " + figures.getLast();
            drafts.add(new Draft(100 + group.values().size(), "numbers",
                    "The sources put the %s at %s. Which figure holds, and why might they differ?"
                            .formatted(group.label(), figuresText),
                    group.values().stream().map(v -> new Question.Evidence(v.articleId(), v.blockIndex(), v.sentence())).toList()));
        }
    }

    private static void rewordedQuotes(StoryComparison comparison, Function<Long, String> source, List<Draft> drafts) {
        for (StoryComparison.QuoteGroup quote : comparison.quotes()) {
            List<StoryComparison.QuoteVariant> wordings = quote.variants().stream()
                    .filter(distinctText()).toList();
            // Only a statement whose speaker the articles agree on, worded differently rather than cut shorter.
            boolean oneSpeaker = quote.speaker() != null && quote.variants().stream()
                    .allMatch(v -> v.speaker() == null || v.speaker().equals(quote.speaker()));
            if (wordings.size() < 2 || !oneSpeaker || Wordings.isExcerpt(wordings.get(0).text(), wordings.get(1).text())) {
                continue;
            }
            String who = quote.speaker();
            drafts.add(new Draft(90 + wordings.size(), "quote",
                    "%s is quoted as saying “%s” (%s) and “%s” (%s). Which wording is closer to what was said, and does the difference change the meaning?"
                            .formatted(who, wordings.get(0).text(), source.apply(wordings.get(0).articleId()),
                                    wordings.get(1).text(), source.apply(wordings.get(1).articleId())),
                    quote.variants().stream().map(v -> new Question.Evidence(v.articleId(), v.blockIndex(), v.text())).toList()));
        }
    }

    private static java.util.function.Predicate<StoryComparison.QuoteVariant> distinctText() {
        Set<String> seen = new java.util.HashSet<>();
        return variant -> seen.add(Wordings.plain(variant.text()));
    }

    private static void peopleLeftOut(StoryComparison comparison, Map<Long, Set<String>> capitalisedWords,
                                      Function<Long, String> source, List<Draft> drafts) {
        int articles = comparison.articles().size();
        for (StoryComparison.EntityGroup entity : comparison.entities()) {
            int naming = entity.articleIds().size();
            if (entity.type() != EntityType.PERSON || naming < 2 || naming >= articles) {
                continue;
            }
            List<String> silent = comparison.articles().stream().map(StoryComparison.ArticleRef::id)
                    .filter(id -> !entity.mayBeNamedIn(id))
                    .filter(id -> !writesNameLike(capitalisedWords.getOrDefault(id, Set.of()), lastName(entity.name())))
                    .map(source).toList();
            if (silent.isEmpty()) {
                continue;
            }
            drafts.add(new Draft(60 + naming, "people",
                    "%s appears in %d of the %d articles but not in %s. What does a reader of %s miss without %s?"
                            .formatted(entity.name(), naming, articles, String.join(" or ", silent),
                                    silent.size() == 1 ? "that article" : "those articles", lastName(entity.name())),
                    entity.passages().stream().limit(4)
                            .map(passage -> new Question.Evidence(passage.articleId(), passage.blockIndex(), passage.text()))
                            .toList()));
        }
    }

    private static void singleVoices(StoryComparison comparison, List<ArticleDetail> articles, Map<Long, Set<String>> capitalisedWords,
                                     Function<Long, String> source, List<Draft> drafts) {
        if (comparison.articles().size() < 2) {
            return;
        }
        for (StoryComparison.QuoteGroup quote : comparison.quotes()) {
            if (quote.variants().size() != 1 || quote.speaker() == null) {
                continue;
            }
            StoryComparison.QuoteVariant only = quote.variants().getFirst();
            boolean quotedElsewhere = comparison.quotes().stream().flatMap(group -> group.variants().stream())
                    .anyMatch(v -> v.articleId() != only.articleId() && quote.speaker().equals(v.speaker()));
            // Another source quotes them too, if not in these words, prints these words without saying whose they are,
            // or names the speaker at all (perhaps spelt otherwise, perhaps reporting their words indirectly).
            List<ArticleDetail> others = articles.stream().filter(article -> article.summary().id() != only.articleId()).toList();
            boolean printedElsewhere = others.stream().flatMap(article -> article.blocks().stream())
                    .anyMatch(block -> Wordings.carries(block.text(), only.text()));
            boolean namedElsewhere = others.stream()
                    .anyMatch(article -> writesNameLike(capitalisedWords.get(article.summary().id()), lastName(quote.speaker())));
            if (quotedElsewhere || printedElsewhere || namedElsewhere) {
                continue;
            }
            drafts.add(new Draft(50, "single-voice",
                    "Only %s quotes %s: “%s”. Why might the other sources have left this voice out?"
                            .formatted(source.apply(only.articleId()), quote.speaker(), trim(only.text())),
                    List.of(new Question.Evidence(only.articleId(), only.blockIndex(), only.text()))));
        }
    }

    /** Two questions about the same passages, or worded nearly alike, are one too many. */
    private static boolean nearDuplicate(Draft one, Draft other) {
        Set<String> a = ContentWords.setOf(one.text());
        Set<String> b = ContentWords.setOf(other.text());
        boolean samePassages = !one.evidence().isEmpty() && one.evidence().equals(other.evidence());
        return samePassages || ContentWords.jaccard(a, b) > 0.6;
    }

    /** The capitalised words an article writes, read once a story: where its names may stand. */
    private static Set<String> capitalisedWords(ArticleDetail article) {
        return article.blocks().stream().flatMap(block -> Arrays.stream(block.text().split("[^\\p{L}]+")))
                .filter(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)))
                .collect(Collectors.toSet());
    }

    /** Whether an article's capitalised words hold this surname, spelt as it is or one or two letters apart. */
    private static boolean writesNameLike(Set<String> capitalisedWords, String surname) {
        String name = surname.split("\\s+")[0];
        return capitalisedWords.stream().anyMatch(word -> NameVariants.maySpell(word, name));
    }

    private static String lastName(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1].matches("(Jr|Sr)\\.?") && parts.length > 1 ? parts[parts.length - 2] + " " + parts[parts.length - 1]
                : parts[parts.length - 1];
    }

    private static String trim(String sentence) {
        String stripped = sentence.strip().replaceAll("[.”\"]+$", "");
        return stripped.length() <= 180 ? stripped : stripped.substring(0, stripped.lastIndexOf(' ', 177)) + "…";
    }
}
