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
            "(?<![\\p{L}’'])(\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:(?:of|de|la|van|von|bin|al|the|for)\\s+)?\\p{Lu}[\\p{L}’'.-]*){0,4})");
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
    private static final Pattern SPEECH_AFTER = Pattern.compile("^[’']?s?\\s*,?\\s+(?:said|says|told|stated|added|argued|claimed|warned|wrote|insisted|noted|hinted|visited|promised|opposes|accused)\\b");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private final Set<String> lowercaseWords;

    /** @param wholeText the article's text, to tell names from capitalised ordinary words ("However", "The") */
    EntityExtractor(String wholeText) {
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
            String raw = candidate.group(1).replaceAll("[’']s$", "").replaceAll("[.,]$", "");
            boolean hadTitle = startsWithTitle(raw);
            String name = withoutTitles(raw);
            if (name == null) {
                continue;
            }
            String before = sentence.substring(0, candidate.start());
            String after = sentence.substring(candidate.end());
            mentions.add(new Mention(articleId, blockIndex, name, type(name, hadTitle, before, after)));
        }
        return mentions;
    }

    /** The name without the titles before it, or null when what is left is no name. */
    String withoutTitles(String words) {
        List<String> tokens = new ArrayList<>(List.of(words.strip().split("\\s+")));
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
        return lower.endsWith("ian") || lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("can");
    }

    /** A capitalised word the article also writes in lower case is an ordinary word at a sentence start. */
    private boolean isOrdinaryWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,’']+$", "");
        return lowercaseWords.contains(lower) && !SUFFIXES.contains(lower);
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
        if (hadTitle || SPEECH_AFTER.matcher(after).find() || SUFFIXES.contains(tokens[tokens.length - 1])) {
            return "PERSON";
        }
        if (name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ")) {
            return "ORG";
        }
        if (PLACE_BEFORE.matcher(before).find()) {
            return "PLACE";
        }
        return tokens.length >= 2 ? "PERSON" : "OTHER";
    }
}
