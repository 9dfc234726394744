package dev.parallax.text;

import dev.parallax.text.ArticleEntities.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotates an article's paragraphs once: sentences, tokens with their parts of speech, the names and the entities
 * they refer to, the figures, and the quotations with their speakers. Everything the comparison, the questions
 * and search know about a text comes from here.
 */
public final class ArticleAnnotator {

    /** Raised whenever the annotations it makes change, so that stored ones are made again. */
    public static final int VERSION = 22;

    /** A paragraph to annotate: its place in the article and its text. */
    public record Paragraph(int index, String text) {
    }

    /** "BALTIMORE (AP) — ", "WASHINGTON: ", "LONDON, March 26 (Reuters) - ": where the reporting was done, not a name. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M}'’. -]{2,}(?:,\\s[^—–(:\\n]{1,40}?)?\\s*(?:\\([^)]{1,60}\\))?\\s*(?:—|–|--|-|:)\\s+");
    private static final double TITLE_CASE_SHARE = 0.6;

    private ArticleAnnotator() {
    }

    /** Loads the language models now rather than with the first article. */
    public static void warmUp() {
        EnglishModels.warmUp();
    }

    public static AnnotatedArticle annotate(long articleId, List<Paragraph> paragraphs) {
        List<Span[]> sentencesOf = new ArrayList<>();
        List<List<Token>> tokensOf = new ArrayList<>();
        Set<String> lowerCaseWords = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (Paragraph paragraph : paragraphs) {
            List<Span> sentences = SentenceSplitter.split(paragraph.text());
            List<Token> tokens = new ArrayList<>();
            for (Span sentence : sentences) {
                tokens.addAll(Tagger.tag(paragraph.text(), sentence.start(), sentence.end()));
            }
            sentencesOf.add(sentences.toArray(Span[]::new));
            tokensOf.add(tokens);
            tokens.stream().filter(token -> token.isLetters() && !token.isCapitalised())
                    .forEach(token -> lowerCaseWords.add(token.text().toLowerCase(Locale.ROOT)));
            for (Span sentence : sentences) {
                capitalisedInside.addAll(capitalisedInside(tokensIn(tokens, sentence)));
            }
        }

        // Twice: the second time, a word the first found in a full name is a name wherever it stands capitalised,
        // whatever the tagger makes of it there ("Zelensky thanked…").
        List<Found> found = findNames(paragraphs, sentencesOf, tokensOf, lowerCaseWords, capitalisedInside, Set.of());
        found = findNames(paragraphs, sentencesOf, tokensOf, lowerCaseWords, capitalisedInside, surnames(found));
        ArticleEntities.Resolved resolved = ArticleEntities.resolve(found);
        List<List<NameMention>> namesOf = new ArrayList<>();
        paragraphs.forEach(paragraph -> namesOf.add(new ArrayList<>()));
        for (int m = 0; m < found.size(); m++) {
            Found mention = found.get(m);
            NameFinder.Candidate candidate = mention.candidate();
            namesOf.get(mention.block()).add(new NameMention(candidate.span(), candidate.name(), candidate.role(),
                    resolved.entityOfMention().get(m)));
        }

        List<QuoteFinder.Paragraph> forQuotes = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            forQuotes.add(new QuoteFinder.Paragraph(paragraphs.get(p).text(), List.of(sentencesOf.get(p)), tokensOf.get(p),
                    namesOf.get(p)));
        }
        List<List<Quotation>> quotes = QuoteFinder.find(forQuotes, resolved.entities());

        List<AnnotatedBlock> blocks = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            List<QuantityMention> quantities = new ArrayList<>();
            List<Span> people = namesOf.get(p).stream()
                    .filter(name -> resolved.entities().get(name.entity()).type() == EntityType.PERSON)
                    .map(NameMention::span).toList();
            Map<Span, String> holders = new HashMap<>();
            Map<Span, String> places = new HashMap<>();
            for (NameMention name : namesOf.get(p)) {
                Entity entity = resolved.entities().get(name.entity());
                (entity.type() == EntityType.PLACE ? places : holders).put(name.span(), entity.name());
            }
            for (Span sentence : sentencesOf.get(p)) {
                quantities.addAll(QuantityFinder.find(text, sentence, tokensIn(tokensOf.get(p), sentence), people, holders, places));
            }
            blocks.add(new AnnotatedBlock(paragraphs.get(p).index(), text, List.of(sentencesOf.get(p)),
                    List.copyOf(tokensOf.get(p)), List.copyOf(namesOf.get(p)), List.copyOf(quantities),
                    List.copyOf(quotes.get(p))));
        }
        return new AnnotatedArticle(articleId, VERSION, resolved.entities(), List.copyOf(blocks));
    }

    private static List<Found> findNames(List<Paragraph> paragraphs, List<Span[]> sentencesOf, List<List<Token>> tokensOf,
                                         Set<String> lowerCaseWords, Set<String> capitalisedInside, Set<String> knownNames) {
        List<Found> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            if (looksLikeTitleCase(tokensOf.get(p), text)) {
                continue;
            }
            int dateline = p == 0 ? datelineEnd(text) : 0;
            for (Span sentence : sentencesOf.get(p)) {
                List<Token> tokens = tokensIn(tokensOf.get(p), sentence);
                for (NameFinder.Candidate candidate : NameFinder.find(text, tokens, dateline, lowerCaseWords, capitalisedInside,
                        knownNames)) {
                    found.add(new Found(p, candidate));
                }
            }
        }
        return found;
    }

    /** The last words of the full names found: the surnames that later stand alone. */
    private static Set<String> surnames(List<Found> found) {
        Set<String> words = new HashSet<>();
        for (Found mention : found) {
            String[] parts = mention.candidate().name().split("\\s+");
            if (parts.length >= 2 && mention.candidate().cues().contains(NameFinder.Cue.GIVEN_NAME)
                    || parts.length >= 2 && mention.candidate().role() != null) {
                words.add(parts[parts.length - 1]);
            }
        }
        return words;
    }

    /** Where a dateline at the start of the first paragraph ends; 0 when there is none. */
    static int datelineEnd(String text) {
        Matcher dateline = DATELINE.matcher(text);
        return dateline.find() ? dateline.end() : 0;
    }

    /** A paragraph that is a headline in disguise: most words capitalised and no closing full stop. */
    private static boolean looksLikeTitleCase(List<Token> tokens, String text) {
        List<Token> words = tokens.stream().filter(Token::isLetters).toList();
        if (words.size() < 4 || text.strip().matches(".*[.!?”\"]$")) {
            return false;
        }
        long capitalised = words.stream().filter(Token::isCapitalised).count();
        return capitalised >= TITLE_CASE_SHARE * words.size();
    }

    /**
     * Capitalised words inside sentences that end a run of capitalised words ("Kavanaugh" of "Brett Kavanaugh"):
     * names seen as names, not as sentence openers and not as the inner words of a longer name ("Fire" of
     * "Baltimore City Fire Department").
     */
    private static Set<String> capitalisedInside(List<Token> sentence) {
        Set<String> words = new HashSet<>();
        boolean opening = true;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.isLetters()) {
                boolean endsRun = i + 1 == sentence.size() || !sentence.get(i + 1).isCapitalised();
                if (!opening && token.isCapitalised() && endsRun) {
                    words.add(token.text().replaceFirst("[’']s?$", ""));
                }
                opening = false;
            } else if (token.text().equals(":") || token.text().equals("“") || token.text().equals("\"")) {
                opening = true;
            }
        }
        return words;
    }

    private static List<Token> tokensIn(List<Token> tokens, Span sentence) {
        return tokens.stream().filter(token -> sentence.contains(token.span())).toList();
    }
}
