package dev.parallax.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the frame of a figure from the words of its sentence: a year or a time before the report in the figure's
 * own clause ("which killed 11 people in 2017", "down from $2.1 billion a year earlier"); a word of seeking,
 * proposing or expecting that governs it ("prosecutors sought 15 to 20 years", "the $370 million the state had
 * sought", "economists had expected payrolls to grow by 200,000"); and the name that holds such a figure.
 */
final class FrameFinder {

    private static final Map<String, String> MODALITIES = WordList.loadPairs("figure-modalities");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** Words after which a clause about something else begins. */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "whereas", "although", "than", "compared",
            "versus", "against", "after", "before", "since", "when", "unlike");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "—", "–", "(", ")", "“", "”", "\"");
    /** How far before a figure a word of seeking or expecting may govern it, and how far after. */
    private static final int REACH_BEFORE = 16;
    private static final int REACH_AFTER = 6;

    private FrameFinder() {
    }

    /**
     * The frame of the figure at the given span, among the sentence's tokens; names are the sentence's names of
     * people and organisations (span and entity name), which may hold an estimate or a demand.
     */
    static Frame of(List<Token> tokens, Span figure, Map<Span, String> names, Map<Span, String> places) {
        int first = firstTokenFrom(tokens, figure.start());
        int last = Math.max(first, firstTokenFrom(tokens, figure.end()) - 1);
        String time = time(tokens, first, last, figure);
        boolean placed = !tokens.isEmpty() && first < tokens.size();
        String where = placed ? placeAfter(tokens, last, places) : null;
        String near = placed ? placeBefore(tokens, first, places) : null;
        int modalAt = modalityBefore(tokens, first);
        if (modalAt < 0) {
            modalAt = modalityAfter(tokens, last);
        }
        if (modalAt < 0) {
            return new Frame(time, Frame.Modality.REPORTED, null, where, near);
        }
        Frame.Modality modality = Frame.Modality.valueOf(MODALITIES.get(lower(tokens.get(modalAt))).toUpperCase(Locale.ROOT));
        return new Frame(time, modality, holder(tokens, modalAt, names), where, near);
    }

    /** Where what the figure counts was counted: the first place named after it in its clause ("in Galveston Bay"). */
    private static String placeAfter(List<Token> tokens, int last, Map<Span, String> places) {
        int figureEnd = tokens.get(last).end();
        int clauseEnd = tokens.get(Math.max(last, clauseEnd(tokens, last) - 1)).end();
        return places.entrySet().stream()
                .filter(place -> place.getKey().start() >= figureEnd && place.getKey().end() <= clauseEnd)
                .min((a, b) -> Integer.compare(a.getKey().start(), b.getKey().start())).map(Map.Entry::getValue).orElse(null);
    }

    /** The last place the sentence names before the figure, but for one in someone's title. */
    private static String placeBefore(List<Token> tokens, int first, Map<Span, String> places) {
        int figureStart = tokens.get(first).start();
        int sentenceStart = tokens.getFirst().start();
        return places.entrySet().stream()
                .filter(place -> place.getKey().start() >= sentenceStart && place.getKey().end() <= figureStart
                        && !beginsTitle(tokens, place.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().start(), b.getKey().start())).map(Map.Entry::getValue).orElse(null);
    }

    /** "Tamarack County Sheriff Tom Brandt": a place that is part of someone's title says who spoke, not where. */
    private static boolean beginsTitle(List<Token> tokens, Span place) {
        return tokens.stream().filter(token -> token.start() >= place.end()).findFirst()
                .map(next -> next.isCapitalised() && next.tag() != PartOfSpeech.PUNCT).orElse(false);
    }

    /** A year or a time before the report in the figure's clause; marked unsure when only elsewhere in the sentence. */
    private static String time(List<Token> tokens, int first, int last, Span figure) {
        int from = clauseStart(tokens, first);
        int to = clauseEnd(tokens, last);
        String own = timeIn(tokens, from, to, figure);
        if (own != null) {
            return own;
        }
        String elsewhere = timeIn(tokens, 0, tokens.size(), figure);
        return elsewhere == null ? null : Frame.ELSEWHERE + elsewhere;
    }

    private static String timeIn(List<Token> tokens, int from, int to, Span figure) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.span().overlaps(figure)) {
                continue;
            }
            String word = lower(token);
            String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
            String previous = i > 0 ? lower(tokens.get(i - 1)) : "";
            if (YEAR.matcher(token.text()).matches() && !next.startsWith("-") && !previous.equals("$")) {
                return token.text();
            }
            if ((word.equals("last") || word.equals("previous")) && next.equals("year")
                    || word.equals("year") && (next.equals("earlier") || next.equals("ago") || next.equals("before"))
                    || word.equals("year-earlier") || word.equals("year-ago")) {
                return "year-1";
            }
            boolean nounFollows = i + 1 < tokens.size() && tokens.get(i + 1).tag() == PartOfSpeech.NOUN
                    && !Set.of("week", "month", "year", "day", "night", "time", "times").contains(next);
            if ((word.equals("previous") || word.equals("prior") || word.equals("earlier")) && nounFollows) {
                return "earlier";
            }
        }
        return null;
    }

    /** Where the figure's clause starts: after the last clause mark or clause word before it. */
    private static int clauseStart(List<Token> tokens, int first) {
        for (int i = first - 1; i >= 0; i--) {
            if (isClauseBoundary(tokens.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(List<Token> tokens, int last) {
        for (int i = last + 1; i < tokens.size(); i++) {
            if (isClauseBoundary(tokens.get(i))) {
                return i;
            }
        }
        return tokens.size();
    }

    private static boolean isClauseBoundary(Token token) {
        return CLAUSE_MARKS.contains(token.text()) || CLAUSE_WORDS.contains(lower(token));
    }

    /**
     * The word of seeking or expecting that governs a figure from before it: the first such word back to a verb
     * of its own ("was sentenced to 14 years" stops at "sentenced"), passing over verbs after "to" ("expected the
     * rate to hold at 3.7%"). "An estimated 400" is a hedge, not an estimate someone holds.
     */
    private static int modalityBefore(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - REACH_BEFORE); i--) {
            Token token = tokens.get(i);
            String word = lower(token);
            if (word.equals(";") || word.equals("but") || word.equals("while") || word.equals("than")) {
                return -1;
            }
            boolean hedge = word.equals("estimated") && i >= first - 2;
            if (MODALITIES.containsKey(word) && !hedge) {
                return i;
            }
            boolean infinitive = i > 0 && lower(tokens.get(i - 1)).equals("to");
            if (token.tag() == PartOfSpeech.VERB && !infinitive) {
                return -1;
            }
        }
        return -1;
    }

    /** "the $370 million the attorney general had sought", "$2.1 billion expected by analysts": the word after. */
    private static int modalityAfter(List<Token> tokens, int last) {
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + REACH_AFTER); i++) {
            Token token = tokens.get(i);
            String word = lower(token);
            if (token.tag() == PartOfSpeech.PUNCT || CLAUSE_WORDS.contains(word)) {
                return -1;
            }
            if (MODALITIES.containsKey(word) && (token.tag() == PartOfSpeech.VERB || token.tag() == PartOfSpeech.NOUN
                    || token.tag() == PartOfSpeech.ADJ)) {
                return i;
            }
            if (token.tag() == PartOfSpeech.VERB) {
                return -1;
            }
        }
        return -1;
    }

    /** The person or organisation named next to the word of seeking or expecting: who holds the figure. */
    private static String holder(List<Token> tokens, int modalAt, Map<Span, String> names) {
        Token word = tokens.get(modalAt);
        int from = tokens.get(Math.max(0, modalAt - 6)).start();
        int to = tokens.get(Math.min(tokens.size() - 1, modalAt + 4)).end();
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        for (var name : names.entrySet()) {
            Span span = name.getKey();
            if (span.start() >= from && span.end() <= to) {
                int apart = span.end() <= word.start() ? word.start() - span.end() : span.start() - word.end();
                if (apart < distance) {
                    distance = apart;
                    nearest = name.getValue();
                }
            }
        }
        return nearest;
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return tokens.get(i).start() >= offset ? i : i + 1;
            }
        }
        return tokens.size();
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
