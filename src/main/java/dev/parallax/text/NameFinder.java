package dev.parallax.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in a sentence from its parts of speech: runs of proper nouns (with "of", "de", initials and
 * "Jr." inside them), without the titles and roles before them ("Coast Guard Rear Admiral Shannon Gilreath" is
 * the organisation Coast Guard and the person Shannon Gilreath), and with the cues around each that tell what it
 * names. General English only: nothing here knows a story.
 */
final class NameFinder {

    /** What the words in and around a name say about what it names. */
    enum Cue {
        PERSON_TITLE, SUFFIX, SPEAKS, PERSON_APPOSITIVE, GIVEN_NAME, ORG_WORD, PLACE_WORD, KNOWN_PLACE,
        AFTER_PLACE_PREPOSITION, ACRONYM, IN_BRACKETS, BEFORE_THING
    }

    /** A name as found: where it stands, its words without titles, the title or role it had, and the cues. */
    record Candidate(Span span, String name, String role, Set<Cue> cues) {
    }

    private static final WordList TITLES = WordList.load("titles");
    /** A name made an adjective: "Singapore-flagged", "Chicago-based", "Russian-made". */
    private static final Pattern HYPHENATED_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}*-\\p{Ll}+");
    private static final WordList SUFFIXES = WordList.load("name-suffixes");
    private static final WordList CONNECTORS = WordList.load("name-connectors");
    private static final WordList ORGANISATION_WORDS = WordList.load("organisation-words");
    private static final WordList PLACE_WORDS = WordList.load("place-words");
    private static final WordList PLACES = WordList.load("places");
    private static final WordList PLACE_OPENERS = WordList.load("place-openers");
    /** "I", "I'm", "I’ve": capitalised in mid-sentence, and nobody's name. */
    private static final Pattern FIRST_PERSON = Pattern.compile("I(?:['’](?:m|ve|ll|d))?");
    private static final WordList THING_WORDS = WordList.load("thing-words");
    private static final WordList SPEECH_VERBS = WordList.load("speech-verbs");
    private static final WordList CALENDAR = WordList.load("calendar-words");
    private static final WordList FUNCTION_WORDS = WordList.load("function-words");
    private static final WordList NATIONALITIES = WordList.load("nationalities");
    private static final WordList GIVEN_NAMES = WordList.load("given-names");
    private static final WordList IDENTIFIER_WORDS = WordList.load("identifier-words");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s?$");
    /** "Workers'", "Longshoremen's", "Children's", "People's": a possessive of many people. */
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("\\p{L}*(?:\\p{L}s[’']|(?:men|children|people)[’']s)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "across", "outside",
            "inside", "toward", "towards", "into", "off", "around", "throughout", "within");
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,4}");
    private static final List<String> DEMONYM_ENDINGS = List.of("ians", "ian", "ans", "an", "ns", "ers", "er", "ese",
            "ish", "is", "i", "s");
    private static final List<String> PLACE_STEMS = PLACES.entries();
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
            "billion", "dozen", "dozens", "hundreds", "thousands", "millions");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private NameFinder() {
    }

    /**
     * The names of one sentence.
     *
     * @param skipUntil offset before which nothing is a name (a dateline)
     * @param lowerCaseWords the words the article also writes in lower case: a capitalised one that opens a
     *                       sentence is an ordinary word, not a name
     */
    static List<Candidate> find(String text, List<Token> tokens, int skipUntil, Set<String> lowerCaseWords,
                                Set<String> capitalisedInside, Set<String> knownNames) {
        List<Candidate> found = new ArrayList<>();
        int firstWord = firstWordIndex(tokens, skipUntil);
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).start() < skipUntil || !isNameWord(tokens, i, firstWord, knownNames)) {
                i++;
                continue;
            }
            int end = i;
            int j = i + 1;
            while (j < tokens.size() && (!POSSESSIVE_END.matcher(tokens.get(j - 1).text()).find()
                    || isPluralPossessive(tokens, j - 1) && organisationAfterPossessive(tokens, j, firstWord, knownNames))) {
                Token token = tokens.get(j);
                if (isNameWord(tokens, j, firstWord, knownNames) || isSuffix(token) || INITIAL.matcher(token.text()).matches()) {
                    end = j++;
                } else if (isAnd(token) && j + 1 < tokens.size() && isNameWord(tokens, j + 1, firstWord)
                        && joinsOrganisation(tokens, i, j, firstWord)) {
                    j++;
                } else if (CONNECTORS.contains(token.text()) && j + 1 < tokens.size() && isNameWord(tokens, j + 1, firstWord)
                        && joinsAcross(tokens, i, j)) {
                    j++;
                } else {
                    break;
                }
            }
            found.addAll(candidates(text, tokens, i, end + 1, firstWord, lowerCaseWords, capitalisedInside));
            i = end + 1;
        }
        return found;
    }

    private static boolean isCalendar(Token token) {
        return CALENDAR.contains(plain(POSSESSIVE_END.matcher(token.text()).replaceFirst("")));
    }

    /** "of", "de" at the edge of a run are no part of the name; "El Salvador", "De Niro", "Van Hollen" keep theirs. */
    private static boolean isLowerConnector(Token token) {
        return CONNECTORS.contains(token.text()) && !token.isCapitalised() || isAnd(token);
    }

    /** "American HIMARS", "Danish shipping": a nation's adjective before a name is no part of it. */
    private static boolean isDemonymBefore(List<Token> tokens, int from, int to) {
        return to - from > 1 && isDemonym(tokens, from, from + 1);
    }

    private static boolean isAnd(Token token) {
        return token.text().equals("and") || token.text().equals("&");
    }

    /**
     * "Centers for Disease Control and Prevention", "Victoria and Albert Museum", "Johnson & Johnson": "and" joins one
     * organisation's name when a word of organisations or places stands on either side of it within the run.
     */
    private static boolean joinsOrganisation(List<Token> tokens, int runStart, int and, int firstWord) {
        int end = and + 1;
        while (end < tokens.size() && isNameWord(tokens, end, firstWord)) {
            end++;
        }
        if (tokens.get(and).text().equals("and") && isTwoNamesOfOneKind(tokens, runStart, and, end)) {
            return false; // "Norrland Bank and Coldwater Bank": two names, each whole
        }
        for (int k = runStart; k < end; k++) {
            String word = plain(tokens.get(k).text()).toLowerCase(Locale.ROOT);
            if (k != and && (isOrganisationWord(tokens.get(k)) || PLACE_WORDS.contains(word))) {
                return true;
            }
        }
        return tokens.get(and).text().equals("&");
    }

    /**
     * Two names of one kind on either side of "and", each of two words or more and ending in the same word of
     * organisations ("Norrland Bank and Coldwater Bank"); not "Securities and Exchange Commission" or "Farmers
     * Bank and Trust Company", one name each.
     */
    private static boolean isTwoNamesOfOneKind(List<Token> tokens, int runStart, int and, int end) {
        Token left = tokens.get(and - 1);
        Token right = tokens.get(end - 1);
        return and - runStart >= 2 && end - and - 1 >= 2 && isOrganisationWord(left)
                && plain(left.text()).equalsIgnoreCase(plain(right.text()));
    }

    /** "Workers'", "Longshoremen's", "Children ’s" (the tokenizer may part the "’s" from its word). */
    private static boolean isPluralPossessive(List<Token> tokens, int index) {
        String word = tokens.get(index).text();
        if (index > 0 && (word.equals("'s") || word.equals("’s")) && tokens.get(index - 1).end() == tokens.get(index).start()) {
            word = tokens.get(index - 1).text() + word;
        }
        return PLURAL_POSSESSIVE.matcher(word).matches();
    }

    /**
     * "International Longshoremen's Association", "Veterans' Benevolent Fund": the possessive of a group of people
     * goes on inside a name when the capitalised words after it end in a word of organisations. Any other possessive
     * ends the name: "Russia's Defence Ministry", "Biden's Justice Department".
     */
    private static boolean organisationAfterPossessive(List<Token> tokens, int next, int firstWord, Set<String> knownNames) {
        for (int k = next; k < Math.min(tokens.size(), next + 4) && isNameWord(tokens, k, firstWord, knownNames); k++) {
            if (isOrganisationWord(tokens.get(k))) {
                return true;
            }
            if (POSSESSIVE_END.matcher(tokens.get(k).text()).find()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOrganisationWord(Token token) {
        String word = plain(token.text()).toLowerCase(Locale.ROOT);
        return ORGANISATION_WORDS.contains(word)
                || word.endsWith("s") && ORGANISATION_WORDS.contains(word.substring(0, word.length() - 1));
    }

    /**
     * Whether a connector joins one name ("Port of Baltimore", "Secretary of State", "Charles de Gaulle") rather
     * than stand between two ("Marisa Delgado of Halvorsen Capital"): the word before it opens the run or is a word
     * of organisations, places or titles.
     */
    private static boolean joinsAcross(List<Token> tokens, int runStart, int connector) {
        String before = plain(tokens.get(connector - 1).text());
        return connector - 1 == runStart || ORGANISATION_WORDS.contains(before) || PLACE_WORDS.contains(before)
                || TITLES.contains(before) || !tokens.get(connector).text().equals("of") && !tokens.get(connector).text().equals("for");
    }

    /** The name or names in a run of capitalised words: the leading organisation or place, then the person. */
    private static List<Candidate> candidates(String text, List<Token> tokens, int from, int to, int firstWord,
                                              Set<String> lowerCaseWords, Set<String> capitalisedInside) {
        while (from < to && FUNCTION_WORDS.contains(tokens.get(from).text())
                || from + 1 < to && HYPHENATED_ADJECTIVE.matcher(tokens.get(from).text()).matches()) {
            from++; // "Among those who…": a word of grammar opening the sentence; "the Singapore-flagged Dali"
        }
        if (from >= to) {
            return List.of();
        }
        List<String> words = tokens.subList(from, to).stream().map(token -> titleForm(plain(token.text()))).toList();
        int titleStart = -1;
        int titleEnd = -1;
        for (int k = 0; k < words.size(); k++) {
            int length = TITLES.phraseAt(words, k);
            if (length > 0 && k + length < words.size() && !isSuffix(tokens.get(from + k + length))) {
                if (titleEnd != k) {
                    titleStart = k;
                }
                titleEnd = k + length;
                k += length - 1;
            }
        }
        List<Candidate> found = new ArrayList<>();
        int nameFrom = from;
        String role = null;
        if (titleEnd > 0 && !onlyOrganisationWords(words.subList(titleEnd, words.size()))) {
            role = text.substring(tokens.get(from + titleStart).start(), tokens.get(from + titleEnd - 1).end());
            nameFrom = from + titleEnd;
            if (titleStart > 0) {
                leadingName(text, tokens, from, from + titleStart).ifPresent(found::add);
            }
        }
        Candidate name = candidate(text, tokens, nameFrom, to, role, role != null);
        if (name != null && !(nameFrom <= firstWord + 1 && role == null && to - nameFrom == 1
                && isOrdinaryWordOpeningSentence(tokens.get(nameFrom), name, lowerCaseWords, capitalisedInside))) {
            found.add(name);
        }
        return found;
    }

    /**
     * A single capitalised word opening a sentence is an ordinary word unless the article also capitalises it inside
     * a sentence, it speaks, or it is a known place: "Rescue crews…", "Employees were back…", not "Kavanaugh answered".
     */
    private static boolean isOrdinaryWordOpeningSentence(Token token, Candidate name, Set<String> lowerCaseWords,
                                                         Set<String> capitalisedInside) {
        String word = POSSESSIVE_END.matcher(token.text()).replaceFirst("");
        if (lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !capitalisedInside.contains(word) && !name.cues().contains(Cue.SPEAKS) && !name.cues().contains(Cue.KNOWN_PLACE)
                && !name.cues().contains(Cue.ACRONYM);
    }

    /** Whether the words are titles and nothing else, each alone or in a phrase ("Prime Minister"). */
    private static boolean onlyTitles(List<Token> tokens) {
        List<String> words = tokens.stream().map(token -> titleForm(plain(token.text()))).toList();
        for (int k = 0; k < words.size(); ) {
            int length = TITLES.phraseAt(words, k);
            if (length == 0) {
                return false;
            }
            k += length;
        }
        return true;
    }

    /** A title in the plural stands for the singular: "Justices Sonia Sotomayor and Elena Kagan". */
    private static String titleForm(String word) {
        if (!TITLES.contains(word) && word.length() > 3 && word.toLowerCase(Locale.ROOT).endsWith("s")
                && TITLES.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The words before a title, kept as a name when they name an organisation or a place ("Coast Guard"). */
    private static java.util.Optional<Candidate> leadingName(String text, List<Token> tokens, int from, int to) {
        Candidate leading = candidate(text, tokens, from, to, null, false);
        if (leading == null) {
            return java.util.Optional.empty();
        }
        Set<Cue> cues = leading.cues();
        boolean names = cues.contains(Cue.ORG_WORD) && to - from >= 2 || cues.contains(Cue.KNOWN_PLACE)
                || cues.contains(Cue.ACRONYM);
        return names ? java.util.Optional.of(leading) : java.util.Optional.empty();
    }

    private static Candidate candidate(String text, List<Token> tokens, int from, int to, String role, boolean titled) {
        while (from < to && (isCalendar(tokens.get(from)) || isLowerConnector(tokens.get(from)) || isDemonymBefore(tokens, from, to))) {
            from++;
        }
        while (to > from && (isCalendar(tokens.get(to - 1)) || isLowerConnector(tokens.get(to - 1)))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        Matcher possessive = POSSESSIVE_END.matcher(span.of(text));
        if (possessive.find() && span.length() - possessive.group().length() > 1) {
            span = new Span(span.start(), span.end() - possessive.group().length()); // "Purdue Pharma’s"
        }
        String name = span.of(text);
        Name parsed = Name.of(name);
        boolean loneWordOfGrammar = to - from == 1 && (IDENTIFIER_WORDS.contains(plain(name)) || FUNCTION_WORDS.contains(name)
                || ORGANISATION_WORDS.contains(plain(name)) || PLACE_WORDS.contains(plain(name)));
        if (onlyTitles(tokens.subList(from, to)) || name.endsWith("-")) {
            return null; // "Prime Minister" alone; "S-" of "S-400"
        }
        if (parsed.core().isEmpty() || PARTY_AND_STATE.matcher(name).matches() || isDemonym(tokens, from, to)
                || name.chars().noneMatch(Character::isLetter) || FIRST_PERSON.matcher(name).matches() || loneWordOfGrammar) {
            return null;
        }
        EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
        if (titled || roleBefore(tokens, from)) {
            cues.add(Cue.PERSON_TITLE);
        }
        if (parsed.hasSuffix()) {
            cues.add(Cue.SUFFIX);
        }
        if (speaks(tokens, from, to)) {
            cues.add(Cue.SPEAKS);
        }
        if (personAppositive(tokens, to)) {
            cues.add(Cue.PERSON_APPOSITIVE);
        }
        if (GIVEN_NAMES.contains(parsed.core().getFirst()) && !PLACES.contains(name)) {
            cues.add(Cue.GIVEN_NAME);
        }
        if (parsed.core().stream().anyMatch(word -> ORGANISATION_WORDS.contains(word)
                || word.endsWith("s") && ORGANISATION_WORDS.contains(word.substring(0, word.length() - 1)))) {
            cues.add(Cue.ORG_WORD);
        }
        if (PLACE_WORDS.contains(parsed.last()) || PLACE_WORDS.contains(parsed.core().getFirst()) && parsed.core().size() > 2) {
            cues.add(Cue.PLACE_WORD);
        }
        if (PLACE_OPENERS.contains(parsed.core().getFirst()) && parsed.core().size() >= 2
                && !cues.contains(Cue.PERSON_TITLE) && !cues.contains(Cue.GIVEN_NAME)) {
            // "Port Newark", "Fort Worth"; one that speaks is the body of that name ("Mount Sinai said", "Port Houston said")
            cues.add(cues.contains(Cue.SPEAKS) ? Cue.ORG_WORD : Cue.PLACE_WORD);
        }
        if (PLACES.contains(name) || PLACES.contains(parsed.coreText())) {
            cues.add(Cue.KNOWN_PLACE);
        }
        if (from > 0 && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            cues.add(Cue.AFTER_PLACE_PREPOSITION);
        }
        if (to + 1 < tokens.size() && tokens.get(to).text().equals(",") && PLACES.contains(tokens.get(to + 1).text())
                && !PLACES.contains(name)) {
            cues.add(Cue.PLACE_WORD); // "Dover, N.H.", "Dundalk, Maryland": a town and its state
        }
        if (parsed.isAcronym()) {
            cues.add(Cue.ACRONYM);
        }
        if (to < tokens.size() && !tokens.get(to).isCapitalised() && THING_WORDS.contains(tokens.get(to).text())) {
            cues.add(Cue.BEFORE_THING); // "ATACMS missiles": the name of a made thing
        }
        if (from > 0 && tokens.get(from - 1).text().equals("(") && to < tokens.size() && tokens.get(to).text().equals(")")) {
            cues.add(Cue.IN_BRACKETS);
        }
        return new Candidate(span, name, role, cues);
    }

    private static boolean isNameWord(List<Token> tokens, int index, int firstWord) {
        return isNameWord(tokens, index, firstWord, Set.of());
    }

    /**
     * A capitalised word the tagger takes for a proper noun, a capitalised noun inside a sentence, or a word the
     * article already uses as a name, whatever the tagger makes of it here ("Zelensky thanked…", "as Trump took…").
     */
    private static boolean isNameWord(List<Token> tokens, int index, int firstWord, Set<String> knownNames) {
        Token token = tokens.get(index);
        if (!token.isCapitalised() || !token.isLetters() || isSuffix(token)) {
            return false;
        }
        if (knownNames.contains(POSSESSIVE_END.matcher(token.text()).replaceFirst(""))) {
            return true;
        }
        if (NUMBER_WORDS.contains(token.text().toLowerCase(Locale.ROOT)) || QuantityFinder.isTimeZone(token.text())) {
            return false; // "Eleven civilians" opening a sentence; "1:27 a.m. ET"
        }
        boolean beforeProperNoun = index + 1 < tokens.size() && tokens.get(index + 1).tag() == PartOfSpeech.PROPN
                && tokens.get(index + 1).isCapitalised();
        return switch (token.tag()) {
            case PROPN -> true;
            case NOUN, X -> index != firstWord || beforeProperNoun;
            case ADJ -> beforeProperNoun || index != firstWord && isOrganisationWord(token); // "the Ministry of Finance"
            default -> false;
        };
    }

    private static boolean isSuffix(Token token) {
        return SUFFIXES.contains(token.text());
    }

    /**
     * "Ukrainian", "North Korean", "Marylanders": the people or adjective of a place the list knows, not a name. A
     * word is one when, less an ending such as -ian, -ans or -ers, it begins the name of a known place.
     */
    private static boolean isDemonym(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).text().toLowerCase(Locale.ROOT);
        if (NATIONALITIES.contains(last)) {
            return true;
        }
        String whole = tokens.subList(from, to).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("")
                .toLowerCase(Locale.ROOT);
        if (PLACES.contains(whole)) {
            return false; // "Texas", "Hawaii": places, whatever their endings
        }
        for (String ending : DEMONYM_ENDINGS) {
            if (last.endsWith(ending) && last.length() - ending.length() >= 4) {
                String stem = whole.substring(0, whole.length() - ending.length());
                if (PLACE_STEMS.stream().anyMatch(place -> place.startsWith(stem) && place.length() - stem.length() <= 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlyOrganisationWords(List<String> words) {
        return words.stream().allMatch(word -> ORGANISATION_WORDS.contains(word) || PLACE_WORDS.contains(word)
                || CONNECTORS.contains(word));
    }

    /** A role in lower case just before the name: "state police superintendent Roland Butler", "the mayor, Brandon Scott". */
    private static boolean roleBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            Token token = tokens.get(k);
            if (TITLES.contains(plain(token.text()))) {
                return true;
            }
            if (!token.text().equals(",") && token.tag() != PartOfSpeech.ADJ && token.tag() != PartOfSpeech.NOUN) {
                return false;
            }
        }
        return false;
    }

    /** "Moore said", "said Moore", "Moore, the governor, said". */
    private static boolean speaks(List<Token> tokens, int from, int to) {
        if (from > 0 && SPEECH_VERBS.contains(tokens.get(from - 1).text())) {
            return true;
        }
        int next = to;
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
            int close = next + 1;
            while (close < tokens.size() && close < next + 12 && !tokens.get(close).text().equals(",")) {
                close++;
            }
            next = close + 1;
        }
        return next < tokens.size() && SPEECH_VERBS.contains(tokens.get(next).text());
    }

    /** "Brandon Scott, the city's mayor," "Jane Doe, 47," "Carol Brennan, whose son…": a person described after the name. */
    private static boolean personAppositive(List<Token> tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        String next = tokens.get(to + 1).text().toLowerCase(Locale.ROOT);
        if (next.equals("who") || next.equals("whose")) {
            return true;
        }
        if (tokens.get(to + 1).tag() == PartOfSpeech.NUM && to + 2 < tokens.size() && tokens.get(to + 2).text().equals(",")) {
            return true;
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 7); k++) {
            String word = tokens.get(k).text();
            if (word.equals(",") || word.equals(".")) {
                return false;
            }
            if (TITLES.contains(plain(word)) && !tokens.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static int firstWordIndex(List<Token> tokens, int skipUntil) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isLetters() && tokens.get(i).start() >= skipUntil) {
                return i;
            }
        }
        return -1;
    }

    /** A word without its full stop, for looking up abbreviated titles ("Col." is col). */
    private static String plain(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
