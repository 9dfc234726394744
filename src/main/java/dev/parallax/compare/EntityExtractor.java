package dev.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names an article uses: runs of capitalised words, without the titles in front of them ("Ukrainian
 * President", "Mayor"), typed by what stands around them. Generic English cues only, no list of names.
 */
final class EntityExtractor {

    /** One name as an article writes it. */
    record Mention(long articleId, int blockIndex, String name, String type) {
    }

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}’'])(\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:(?:of|de|la|van|von|bin|al|the|for)\\s+)?\\p{Lu}[\\p{L}’'.-]*){0,6})");
    private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary", "mayor",
            "governor", "senator", "sen.", "rep.", "representative", "mp", "chancellor", "king", "queen", "prince",
            "general", "gen.", "colonel", "col.", "commander", "chief", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "judge", "justice", "officer", "director",
            "chairman", "chairwoman", "adviser", "advisor", "former", "deputy", "foreign", "defense", "defence", "state",
            "national", "security", "president-elect", "leader", "councillor", "councilor", "sheriff", "captain",
            "capt.", "lt.", "sgt.", "pope", "archbishop", "bishop", "ceo", "executive", "analyst", "reporter");
    private static final Set<String> ORGANISATION_WORDS = Set.of("administration", "ministry", "department", "council",
            "party", "agency", "army", "forces", "force", "navy", "company", "corporation", "corp", "corp.", "inc",
            "inc.", "ltd", "committee", "union", "organization", "organisation", "bank", "group", "commission",
            "office", "court", "parliament", "congress", "senate", "house", "university", "institute", "association",
            "federation", "authority", "police", "service", "times", "news", "post", "journal", "network", "club");
    private static final Set<String> PLACE_WORDS = Set.of("region", "province", "state", "county", "city", "river",
            "sea", "ocean", "lake", "mountains", "valley", "island", "islands", "street", "square", "district",
            "oblast", "peninsula", "bay", "border", "airport", "port", "bridge", "park");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|to|from|near|into|across|toward|towards|inside|within|at|of)\\s+(?:the\\s+)?$");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^[’']?s?\\s*,?\\s+(?:said|says|told|stated|added|argued|claimed|warned|wrote|insisted|insists|noted|hinted|visited|promised|opposes|accused|announced|stressed)\\b");
    /** Words that open sentences and clauses; capitalised there, but never part of a name. */
    private static final Set<String> CONNECTIVES = Set.of("although", "though", "while", "meanwhile", "nevertheless",
            "however", "some", "until", "despite", "amid", "after", "before", "since", "when", "where", "yet", "still",
            "also", "even", "now", "previously", "initially", "moreover", "furthermore", "instead", "indeed",
            "ultimately", "recently", "earlier", "later", "finally", "approaching", "looking", "unpacking", "as",
            "several", "many", "most", "both", "other", "others", "experts", "analysts", "officials", "critics");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "\\b(?:spokesman|spokeswoman|spokesperson|president|minister|secretary|mayor|governor|senator|ambassador|leader"
                    + "|adviser|advisor|chief|commander|general|analyst|official|expert|professor|reporter|correspondent)\\s+$");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private final Set<String> lowercaseWords;
    /** Capitalised words found inside sentences: names, not merely sentence openers. */
    private final Set<String> capitalisedInside;
    private static final Pattern INSIDE_CAPITAL = Pattern.compile("(?<=[\\p{Ll},;:]\\s)(\\p{Lu}[\\p{L}’'-]*)");

    /** @param wholeText the article's text, to tell names from capitalised ordinary words ("However", "The") */
    EntityExtractor(String wholeText) {
        this.capitalisedInside = new java.util.HashSet<>();
        Matcher inside = INSIDE_CAPITAL.matcher(wholeText);
        while (inside.find()) {
            capitalisedInside.add(inside.group(1));
        }
        this.lowercaseWords = new java.util.HashSet<>();
        for (String word : wholeText.split("[^\\p{L}’'-]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                lowercaseWords.add(word);
            }
        }
    }

    List<Mention> extract(long articleId, int blockIndex, String sentence) {
        List<Mention> mentions = new ArrayList<>();
        Matcher candidate = CANDIDATE.matcher(sentence);
        while (candidate.find()) {
            String raw = candidate.group(1).replaceAll("[’']s$", "").replaceAll("(?<!\\b(?:Jr|Sr))[.,]$", "");
            String before = sentence.substring(0, candidate.start());
            boolean hadTitle = startsWithTitle(raw) || TITLE_BEFORE.matcher(before).find();
            String name = withoutTitles(raw);
            boolean opensSentence = before.isBlank() || before.strip().matches(".*[“\"(]$");
            String after = sentence.substring(candidate.end());
            if (name == null || opensSentence && !name.contains(" ") && !capitalisedInside.contains(name)
                    && !SPEECH_AFTER.matcher(after).find()) {
                continue; // a word that is capitalised only because it opens the sentence
            }
            mentions.add(new Mention(articleId, blockIndex, name, type(name, hadTitle, before, after)));
        }
        return mentions;
    }

    /** The name without the titles before it, or null when what is left is no name. */
    String withoutTitles(String words) {
        List<String> tokens = new ArrayList<>(List.of(words.strip().split("\\s+")));
        // Whatever stands before the last title belongs to the title: "UK Foreign Secretary David Lammy".
        for (int i = tokens.size() - 2; i >= 0; i--) {
            if (isTitle(tokens.get(i))) {
                tokens = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                break;
            }
        }
        while (!tokens.isEmpty() && List.of("of", "the", "for").contains(tokens.getFirst())) {
            tokens.removeFirst();
        }
        while (!tokens.isEmpty() && (isTitle(tokens.getFirst()) || isOrdinaryWord(tokens.getFirst())
                || tokens.size() > 1 && isDemonym(tokens.getFirst()) && isTitle(tokens.get(1)))) {
            tokens.removeFirst();
        }
        while (!tokens.isEmpty() && isOrdinaryWord(tokens.getLast())) {
            tokens.removeLast();
        }
        if (tokens.isEmpty()) {
            return null;
        }
        String name = String.join(" ", tokens).replaceAll("[’']s$", "");
        boolean adjectiveAlone = tokens.size() == 1 && isDemonym(name);
        return adjectiveAlone || name.length() < 2 || name.chars().noneMatch(Character::isLetter) ? null : name;
    }

    /** The last person named in a text: whom "he" or "she" refers to. */
    String lastPersonIn(String text) {
        String last = null;
        for (Mention mention : extract(0, 0, text)) {
            if (mention.type().equals("PERSON")) {
                last = mention.name();
            }
        }
        return last;
    }

    private boolean startsWithTitle(String words) {
        String first = words.split("\\s+")[0];
        return isTitle(first) || isDemonym(first) && words.split("\\s+").length > 1 && isTitle(words.split("\\s+")[1]);
    }

    private static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Ukrainian", "American": adjectives of place, which a title may follow. */
    private static boolean isDemonym(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("ian") || lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("can")
                || lower.endsWith("ean") || lower.endsWith("ern");
    }

    /**
     * A word that is no part of a name: one the article also writes in lower case, a stop word, a connective
     * that opens a sentence, a connector left at the edge ("of"), or a month or weekday.
     */
    private boolean isOrdinaryWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,’']+$", "");
        if (SUFFIXES.contains(lower)) {
            return false;
        }
        if (word.matches(".*-\\p{Ll}+$")) {
            return true; // "American-made": an adjective
        }
        return lowercaseWords.contains(lower) || CONNECTIVES.contains(lower) || CALENDAR.contains(lower)
                || dev.parallax.text.ContentWords.of(lower).isEmpty();
    }

    private String type(String name, boolean hadTitle, String before, String after) {
        String[] tokens = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (String token : tokens) {
            if (ORGANISATION_WORDS.contains(token)) {
                return "ORG";
            }
        }
        for (String token : tokens) {
            if (PLACE_WORDS.contains(token)) {
                return "PLACE";
            }
        }
        if (isDemonym(tokens[tokens.length - 1])) {
            return "OTHER"; // "North Korean": a nationality
        }
        if (hadTitle || SPEECH_AFTER.matcher(after).find() || tokens[tokens.length - 1].matches("jr\\.?|sr\\.?")) {
            return "PERSON";
        }
        if (name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ")) {
            return "ORG";
        }
        if (PLACE_BEFORE.matcher(before).find()) {
            return "PLACE";
        }
        return "OTHER";
    }
}
