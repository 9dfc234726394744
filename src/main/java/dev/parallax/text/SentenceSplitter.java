package dev.parallax.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sentence splitter: OpenNLP's English sentence model proposes the breaks, then a pass over
 * abbreviations takes back those that are not breaks. A title before a name ("Col.", "Sen.") never ends a
 * sentence; an abbreviation that may ("U.S.", "a.m.", "Jr.", "Inc.", an initial) ends one only when the next
 * word opens a new one; a sentence never starts in lower case.
 */
public final class SentenceSplitter {

    private static final WordList TITLES = WordList.load("titles-before-names");
    private static final WordList ABBREVIATIONS = WordList.load("abbreviations");
    /** The last word before a proposed break, with its full stop: "U.S.", "a.m.", "Col.", "L.". */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.’'-]*)\\.$");
    private static final Pattern LETTERS_AND_DOTS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final Set<String> TIME_MARKERS = Set.of("a.m", "p.m");
    /** An abbreviation with inner dots ("U.S.", "a.m.") followed by a space and a capital. */
    private static final Pattern ABBREVIATION_THEN_CAPITAL = Pattern.compile("(\\b((?:\\p{L}\\.){2,}))\\s(?=\\p{Lu})");
    /** A number closing a sentence, then a space and a capital: "argued on Dec. 4. The case…". */
    private static final Pattern NUMBER_THEN_CAPITAL = Pattern.compile("\\S\\s(\\d{1,4}\\.)\\s(?=\\p{Lu})");
    /** "Harrington v. Purdue Pharma": the parties of a case, one sentence. */
    private static final Set<String> VERSUS = Set.of("v", "vs");
    /** A time zone after a time: "ET", "GMT", "local time", "Eastern time", "Moscow time"; not "This time". */
    private static final Pattern ZONE = Pattern.compile(
            "(?:\\p{Lu}{2,4}|(?i:local time|" + TimeZones.alternation(zone -> zone.contains(" ")) + "))\\b");
    /** The parts of speech of words that open sentences but never carry a name on: "The", "He", "But", "In". */
    private static final Set<PartOfSpeech> SENTENCE_OPENERS = EnumSet.of(PartOfSpeech.DET, PartOfSpeech.PRON,
            PartOfSpeech.CCONJ, PartOfSpeech.SCONJ, PartOfSpeech.ADP, PartOfSpeech.ADV, PartOfSpeech.AUX);

    private SentenceSplitter() {
    }

    /** The sentences of a text, as spans of it, leading and trailing white space left out. */
    public static List<Span> split(String text) {
        List<Span> proposed = new ArrayList<>();
        for (opennlp.tools.util.Span span : EnglishModels.sentenceDetector().sentPosDetect(text)) {
            proposed.add(new Span(span.getStart(), span.getEnd()));
        }
        if (proposed.isEmpty()) {
            Span whole = trimmed(text, 0, text.length());
            return whole.length() == 0 ? List.of() : List.of(whole);
        }
        proposed = withBreaksAfterAbbreviations(text, proposed);
        List<Span> sentences = new ArrayList<>();
        Span current = proposed.getFirst();
        for (int i = 1; i < proposed.size(); i++) {
            Span next = proposed.get(i);
            if (continues(text, current, next)) {
                current = new Span(current.start(), next.end());
            } else {
                sentences.add(current);
                current = next;
            }
        }
        sentences.add(current);
        return sentences.stream().map(span -> trimmed(text, span.start(), span.end())).toList();
    }

    /** The sentences of a text as strings. */
    public static List<String> sentences(String text) {
        return split(text).stream().map(span -> span.of(text)).toList();
    }

    /** The first sentence of a text, or the whole text when it has one. */
    public static String first(String text) {
        List<Span> sentences = split(text);
        return sentences.isEmpty() ? text.strip() : sentences.getFirst().of(text);
    }

    /**
     * The model never ends a sentence at an abbreviation ("built in the U.S. The crew…") nor, after one, at a number
     * ("argued on Dec. 4. The case…"): where one is followed by a word of grammar that opens sentences ("The", "He",
     * "But"), a break is proposed there.
     */
    private static List<Span> withBreaksAfterAbbreviations(String text, List<Span> proposed) {
        List<Span> split = new ArrayList<>();
        for (Span span : proposed) {
            List<Integer> ends = new ArrayList<>();
            Matcher abbreviation = ABBREVIATION_THEN_CAPITAL.matcher(text).region(span.start(), span.end());
            while (abbreviation.find()) {
                if (!TITLES.contains(abbreviation.group(2))) {
                    ends.add(abbreviation.end(1));
                }
            }
            Matcher number = NUMBER_THEN_CAPITAL.matcher(text).region(span.start(), span.end());
            while (number.find()) {
                ends.add(number.end(1));
            }
            int start = span.start();
            for (int end : ends.stream().sorted().toList()) {
                if (end > start && opensWith(text.substring(end + 1), SENTENCE_OPENERS)) {
                    split.add(new Span(start, end));
                    start = end + 1;
                }
            }
            split.add(new Span(start, span.end()));
        }
        return split;
    }

    private static boolean continues(String text, Span sentence, Span next) {
        String following = text.substring(next.start());
        int first = following.isEmpty() ? ' ' : following.codePointAt(0);
        if (Character.isLowerCase(first) || "”’),;:—–".indexOf(first) >= 0) {
            return true;
        }
        if (sentence.of(text).stripTrailing().endsWith(",")) {
            return true; // "DENVER, Colo., — By 6 a.m. …": no sentence ends on a comma
        }
        Matcher last = LAST_WORD.matcher(sentence.of(text));
        if (!last.find()) {
            return false;
        }
        String word = last.group(1);
        if (TITLES.contains(word) || VERSUS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Character.isDigit(first) || first == '(') {
            return ABBREVIATIONS.contains(word) || LETTERS_AND_DOTS.matcher(word).matches();
        }
        if (INITIAL.matcher(word).matches()) {
            // "Roland L. Butler": a name goes on after its initial, unless a word of grammar opens a new sentence.
            return Character.isUpperCase(first) && !opensWith(following, SENTENCE_OPENERS);
        }
        if (TIME_MARKERS.contains(word.toLowerCase(Locale.ROOT)) && ZONE.matcher(following).lookingAt()) {
            return true; // "1:27 a.m. ET"
        }
        boolean abbreviation = ABBREVIATIONS.contains(word) || LETTERS_AND_DOTS.matcher(word).matches();
        return abbreviation && opensWith(following, EnumSet.of(PartOfSpeech.PROPN));
    }

    /** Whether a proposed sentence opens with a word of one of the given parts of speech. */
    private static boolean opensWith(String following, Set<PartOfSpeech> tags) {
        List<Token> tokens = Tagger.tag(following, 0, firstWordsEnd(following));
        return !tokens.isEmpty() && tags.contains(tokens.getFirst().tag()) && !tokens.getFirst().text().equals("I");
    }

    /** Tagging the first few words is enough to know how a sentence opens. */
    private static int firstWordsEnd(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++words == 4) {
                return i;
            }
        }
        return text.length();
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** White space, the non-breaking space of "&nbsp;" included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
