package dev.parallax.text;

import dev.parallax.text.Quotation.Attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of an article and who speaks each, the way wire copy attributes them: a name and a verb
 * of speech next to the quote ("…," Scott said; said Col. Roland Butler; Moore told reporters: "…"); a quote split
 * by its attribution ("…," the captain said, "and …"); "according to"; a partial quote after its subject (Moore
 * called it "a tragedy"); a role the article gave someone ("the governor said"); a pronoun, for the person the
 * sentence before was about; and a quote right after an attributed one with none of its own, for the same speaker.
 */
final class QuoteFinder {

    /** A paragraph as the finder needs it: its text, sentences, tokens and names. */
    record Paragraph(String text, List<Span> sentences, List<Token> tokens, List<NameMention> names) {
    }

    /** Who a stretch of attribution names, and how. */
    private record Speaker(Integer entity, Attribution how, Span attribution) {
    }

    private static final WordList SPEECH_VERBS = WordList.load("speech-verbs");
    private static final Map<String, String> ROLE_ABBREVIATIONS = WordList.loadPairs("role-abbreviations");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"|“([^“”]+)$");
    /**
     * Between a name and its verb: nothing, "of Halvorsen Capital", an acronym in brackets, an appositive ", the
     * city's mayor,", or the comma that closes the name as an appositive itself ("the Kremlin's spokesman, Dmitry
     * Peskov, said"); then perhaps an auxiliary or an adverb of time ("has said", "had also warned").
     */
    private static final Pattern NAME_TO_VERB = Pattern.compile(
            "^\\s*(?:\\s(?:of|at|from)\\s[^,.;“”\"]{1,60})?(?:\\s*\\(\\p{Lu}[\\p{Lu}.&-]{1,9}\\))?(?:,[^,;“”\"]{1,90},|,)?"
                    + "(?:\\s+(?:has|have|had|also|again|earlier|previously|repeatedly|publicly)){0,2}\\s*$");
    /** Between a speaker's name and the words of the quote that follows it: a colon or a comma and the opening mark. */
    private static final Pattern QUOTE_RIGHT_AFTER = Pattern.compile("^\\s*[:,]?\\s*[“\"‘']?\\s*$");
    /** Between a verb and the name after it: nothing but titles, "said Col. Roland Butler", "told reporters". */
    private static final Pattern VERB_TO_NAME = Pattern.compile("^\\s*(?:(?:\\p{Lu}[\\p{L}.'’-]*|reporters|journalists)\\s+){0,4}$");
    /**
     * Verbs of saying that come before their speaker ("said Col. Roland Butler", "added Moore"); after any other
     * ("told", "warned", "asked"), a name is whom the words were said to: "the judge told Blagojevich: “…”".
     */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "continued",
            "explained", "recalled", "noted", "insisted", "countered", "replied", "responded", "declared", "stated");
    /** Words that open a clause of its own, whatever the tagger makes of them. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since", "until",
            "as", "if", "although", "though", "once", "unless", "whereas");
    private static final int MIN_WORDS = 3;
    /** Words after a quote within which its attribution starts: "…," said Col. Roland L. Butler Jr., who… */
    private static final int ATTRIBUTION_REACH = 6;

    private final List<Entity> entities;
    /** Each organisation's name as words ("the ministry said"), by entity; null for people and places. */
    private final List<Name> organisationNames;
    private final List<Paragraph> read = new ArrayList<>();
    private Integer lastSpeaker;
    /** The speaker of a quote in the last sentence of the previous paragraph, whom a quote opening this one continues. */
    private Integer carriedSpeaker;

    private QuoteFinder(List<Entity> entities) {
        this.entities = entities;
        this.organisationNames = entities.stream()
                .map(entity -> entity.type() == EntityType.ORG ? Name.of(entity.name()) : null).toList();
    }

    /** The quotations of each paragraph, in order; attribution carries from one paragraph to the next. */
    static List<List<Quotation>> find(List<Paragraph> paragraphs, List<Entity> entities) {
        QuoteFinder finder = new QuoteFinder(entities);
        List<List<Quotation>> quotes = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            quotes.add(finder.inParagraph(paragraph));
            finder.read.add(paragraph);
        }
        return quotes;
    }

    private List<Quotation> inParagraph(Paragraph paragraph) {
        List<Quotation> found = new ArrayList<>();
        String text = paragraph.text();
        Matcher quoted = QUOTED.matcher(text);
        List<Span> quoteSpans = new ArrayList<>();
        while (quoted.find()) {
            int group = quoted.group(1) != null ? 1 : quoted.group(2) != null ? 2 : 3;
            quoteSpans.add(trimmed(text, quoted.start(group), quoted.end(group)));
        }
        int lastQuotedSentence = -1;
        Integer lastQuotedSpeaker = null;
        for (int q = 0; q < quoteSpans.size(); q++) {
            Span words = quoteSpans.get(q);
            int first = sentenceIndex(paragraph, words.start());
            int last = sentenceIndex(paragraph, Math.max(words.start(), words.end() - 1));
            Span opening = sentence(paragraph, first);
            Span closing = sentence(paragraph, last);
            boolean quotation = isQuotation(paragraph, words, opening);
            if (!quotation && !isShortPhrase(text, words)) {
                continue;
            }
            int before = q == 0 ? opening.start() : Math.max(opening.start(), quoteSpans.get(q - 1).end() + 1);
            int after = q + 1 < quoteSpans.size() ? Math.min(closing.end(), quoteSpans.get(q + 1).start() - 1) : closing.end();
            Integer continued = first == lastQuotedSentence + 1 && lastQuotedSentence >= 0 ? lastQuotedSpeaker
                    : first == 0 && lastQuotedSentence < 0 ? carriedSpeaker : null;
            Quotation said = attribute(paragraph, words, opening, first, before, Math.max(after, words.end()), continued);
            if (said.speaker() == null && !found.isEmpty() && first == lastQuotedSentence
                    && reportsOn(paragraph, found.getLast(), words)) {
                said = new Quotation(words, found.getLast().attribution(), found.getLast().speaker(), Attribution.FOLLOW_ON);
            }
            if (!quotation && !isNamedSpeaker(said)) {
                continue; // a term in scare quotes, unless someone named is said to have used it
            }
            found.add(said);
            if (said.speaker() != null) {
                lastSpeaker = said.speaker();
            }
            lastQuotedSentence = last;
            lastQuotedSpeaker = said.speaker();
        }
        carriedSpeaker = lastQuotedSentence >= 0 && lastQuotedSentence == paragraph.sentences().size() - 1
                ? lastQuotedSpeaker : null;
        return found;
    }

    /**
     * Whether a quote goes on with the reported speech of the quote before it in its sentence: "Castellano wrote that
     * Kessler showed a “complete lack of contrition” and that the valuations “were not honest mistakes”" — the
     * speaker and her verb before the first quote, nothing between the two that says or names someone else.
     */
    private boolean reportsOn(Paragraph paragraph, Quotation previous, Span words) {
        if (previous.speaker() == null || previous.attribution() == null || previous.attribution().end() > previous.span().start()
                || previous.attributedBy() != Attribution.NAMED && previous.attributedBy() != Attribution.SUBJECT) {
            return false;
        }
        int from = previous.span().end();
        boolean saysOrNames = paragraph.tokens().stream()
                .anyMatch(token -> token.start() >= from && token.end() <= words.start() && SPEECH_VERBS.contains(token.text()))
                || paragraph.names().stream().anyMatch(name -> name.span().start() >= from && name.span().end() <= words.start()
                && entities.get(name.entity()).type() != EntityType.PLACE);
        return !saysOrNames;
    }

    /**
     * Words in quotation marks are a quotation when they are several words, or a short utterance that stands as a
     * sentence or is cut off by its attribution ("“Simply terrible,” she said"); not a term in scare quotes, whose full
     * stop American copy puts inside the marks ("the “recovery phase.”"), nor one whose comma opens an appositive
     * ("the “container fee,” a charge on every box").
     */
    private static boolean isQuotation(Paragraph paragraph, Span words, Span sentence) {
        String inside = words.of(paragraph.text()).strip();
        int count = inside.split("\\s+").length;
        boolean cutOff = inside.matches(".*[,!?…—-]$");
        boolean opensSentence = words.start() - 1 <= sentence.start();
        return count >= MIN_WORDS + 1 || count >= 2 && cutOff && attributionFollows(paragraph, words.end())
                || opensSentence && count >= 2;
    }

    /** A verb of saying among the first words after a quote: "…,” she said; "…,” said the mayor. */
    private static boolean attributionFollows(Paragraph paragraph, int quoteEnd) {
        return paragraph.tokens().stream().filter(token -> token.start() >= quoteEnd)
                .filter(token -> Character.isLetter(token.text().charAt(0))).limit(ATTRIBUTION_REACH)
                .anyMatch(token -> SPEECH_VERBS.contains(token.text()));
    }

    /** Two or three words in quotation marks: a partial quote ("called it “heart crushing”") or a term in scare quotes. */
    private static boolean isShortPhrase(String text, Span words) {
        int count = words.of(text).strip().split("\\s+").length;
        return count >= 2 && count <= MIN_WORDS;
    }

    /** A speaker found by a name or subject next to a verb of saying, or by a role; not by a pronoun or by position. */
    private static boolean isNamedSpeaker(Quotation quotation) {
        return quotation.speaker() != null && (quotation.attributedBy() == Attribution.NAMED
                || quotation.attributedBy() == Attribution.SUBJECT || quotation.attributedBy() == Attribution.ROLE);
    }

    private Quotation attribute(Paragraph paragraph, Span words, Span sentence, int sentenceIndex, int before, int after,
                                Integer continued) {
        Speaker speaker = afterQuote(paragraph, words.end(), after, sentenceIndex);
        if (speaker == null) {
            speaker = beforeQuote(paragraph, before, words.start(), sentenceIndex);
        }
        if (speaker == null) {
            speaker = accordingTo(paragraph, sentence);
        }
        if (speaker == null && continued != null && words.start() - sentence.start() <= 2) {
            return new Quotation(words, null, continued, Attribution.FOLLOW_ON);
        }
        return speaker == null ? new Quotation(words, null, null, Attribution.UNNAMED)
                : new Quotation(words, speaker.attribution(), speaker.entity(), speaker.how());
    }

    /**
     * "…," Scott said; "…," said Col. Roland Butler; "…," he said; "…," the mayor said; "…," Omar Reyes, chief
     * strategist at Coldwater, told reporters. A verb that takes a partial quote after it ("…," which she called
     * reassuring) does not attribute the quote before it.
     */
    private Speaker afterQuote(Paragraph paragraph, int from, int to, int sentenceIndex) {
        List<Token> tokens = tokensBetween(paragraph, from, to);
        NameMention opening = tokens.isEmpty() ? null : nameOpening(paragraph, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text().equals(".") || token.text().equals("“")) {
                break;
            }
            if (i >= ATTRIBUTION_REACH && opening == null) {
                break;
            }
            // Past the first words, only a verb right after the opening name and its appositive attributes.
            boolean near = i < ATTRIBUTION_REACH || opening.span().end() <= token.start()
                    && NAME_TO_VERB.matcher(paragraph.text().substring(opening.span().end(), token.start())).matches();
            if (near && SPEECH_VERBS.contains(token.text()) && isSaying(token)) {
                return speakerOf(paragraph, tokens, i, from, to, sentenceIndex, false);
            }
        }
        return null;
    }

    /** The name among the first words after a quote, whose verb may come after an appositive. */
    private NameMention nameOpening(Paragraph paragraph, List<Token> tokens) {
        int limit = tokens.get(Math.min(tokens.size(), 3) - 1).end();
        return paragraph.names().stream()
                .filter(name -> name.span().start() >= tokens.getFirst().start() && name.span().start() < limit && isSpeaker(name))
                .findFirst().orElse(null);
    }

    /** Moore told reporters: "…"; the governor said "…"; Moore called it "a tragedy". */
    private Speaker beforeQuote(Paragraph paragraph, int from, int to, int sentenceIndex) {
        List<Token> tokens = tokensBetween(paragraph, from, to);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (SPEECH_VERBS.contains(tokens.get(i).text())) {
                Speaker speaker = speakerOf(paragraph, tokens, i, from, to, sentenceIndex, true);
                if (speaker != null && speaker.how() == Attribution.NAMED && !isSaying(tokens.get(i))) {
                    return new Speaker(speaker.entity(), Attribution.SUBJECT, speaker.attribution());
                }
                return speaker;
            }
        }
        return null;
    }

    /**
     * Whoever the verb at the given token has for its subject: a name next to it, a pronoun, or a role. When the quote
     * follows, a name after the verb speaks only if the quote comes right after it ("said Moore: “…”"); otherwise it
     * is what was said about someone ("police said Tom Webb was “armed and dangerous”").
     */
    private Speaker speakerOf(Paragraph paragraph, List<Token> tokens, int verb, int from, int to, int sentenceIndex,
                              boolean quoteFollows) {
        Token verbToken = tokens.get(verb);
        String text = paragraph.text();
        Span attribution = new Span(tokens.getFirst().start(), tokens.getLast().end());
        String pronounBefore = verb > 0 && PRONOUNS.contains(lower(tokens.get(verb - 1))) ? lower(tokens.get(verb - 1)) : null;
        String pronounAfter = verb + 1 < tokens.size() && PRONOUNS.contains(lower(tokens.get(verb + 1))) ? lower(tokens.get(verb + 1)) : null;
        if (pronounBefore != null) {
            return new Speaker(pronounBefore.equals("they") ? null : personBefore(paragraph, sentenceIndex), Attribution.PRONOUN, attribution);
        }
        NameMention named = null;
        for (NameMention name : paragraph.names()) {
            if (name.span().start() < from || name.span().end() > to || !isSpeaker(name)) {
                continue;
            }
            boolean before = name.span().end() <= verbToken.start()
                    && NAME_TO_VERB.matcher(text.substring(name.span().end(), verbToken.start())).matches()
                    && !isObject(paragraph, name);
            boolean after = name.span().start() >= verbToken.end() && INVERTING.contains(lower(verbToken))
                    && VERB_TO_NAME.matcher(text.substring(verbToken.end(), name.span().start())).matches()
                    && (!quoteFollows || QUOTE_RIGHT_AFTER.matcher(text.substring(name.span().end(), to)).matches());
            if ((before || after) && (named == null || prefer(name, named, verbToken))) {
                named = name;
            }
        }
        if (named != null) {
            return new Speaker(named.entity(), Attribution.NAMED, attribution); // "Biden said he would go “as soon as I can”"
        }
        if (pronounAfter != null) {
            return new Speaker(pronounAfter.equals("they") ? null : personBefore(paragraph, sentenceIndex), Attribution.PRONOUN, attribution);
        }
        Integer byRole = byRole(tokens, Math.max(0, verb - 4), Math.min(tokens.size(), verb + 4));
        return new Speaker(byRole, byRole == null ? Attribution.UNNAMED : Attribution.ROLE, attribution);
    }

    /**
     * A name that a preposition or a verb before it takes as its object ("critics of Mayor Lena Ortiz have said", "the
     * alliance, which fired Carl Emmett, said") is not who speaks; titles before the name are passed over.
     */
    private static boolean isObject(Paragraph paragraph, NameMention name) {
        Token before = wordBefore(paragraph, name);
        return before != null && (before.tag() == PartOfSpeech.ADP || before.tag() == PartOfSpeech.VERB);
    }

    /** A name in a clause of its own ("after Gov. Josh Shapiro ordered…"), an object's: not what its sentence is about. */
    private static boolean isSubordinate(Paragraph paragraph, NameMention name) {
        Token before = wordBefore(paragraph, name);
        return isObject(paragraph, name) || before != null
                && (before.tag() == PartOfSpeech.SCONJ || SUBORDINATORS.contains(lower(before)));
    }

    /** The word before a name in its sentence, passing over the titles and capitalised words before it. */
    private static Token wordBefore(Paragraph paragraph, NameMention name) {
        List<Token> tokens = paragraph.tokens();
        int sentenceStart = sentence(paragraph, sentenceIndex(paragraph, name.span().start())).start();
        for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).start() >= sentenceStart; i--) {
            Token token = tokens.get(i);
            if (token.end() > name.span().start() || token.isCapitalised() || token.text().equals(".")) {
                continue;
            }
            return token;
        }
        return null;
    }

    /** A person before an organisation ("Marisa Delgado of Halvorsen Capital said"); else the name nearer the verb. */
    private boolean prefer(NameMention candidate, NameMention current, Token verb) {
        boolean candidatePerson = entities.get(candidate.entity()).type() == EntityType.PERSON;
        boolean currentPerson = entities.get(current.entity()).type() == EntityType.PERSON;
        if (candidatePerson != currentPerson) {
            return candidatePerson;
        }
        return distance(candidate, verb) < distance(current, verb);
    }

    private static int distance(NameMention name, Token verb) {
        return name.span().end() <= verb.start() ? verb.start() - name.span().end() : name.span().start() - verb.end();
    }

    /**
     * Whom "he" or "she" means: the person a sentence before is about, its first person named (the subject, in the
     * way news is written), looking back through this paragraph and the previous ones; else the last speaker.
     */
    private Integer personBefore(Paragraph paragraph, int sentenceIndex) {
        List<Paragraph> back = new ArrayList<>(read.reversed());
        for (int s = sentenceIndex - 1; s >= 0; s--) {
            Integer subject = firstPersonIn(paragraph, sentence(paragraph, s));
            if (subject != null) {
                return subject;
            }
        }
        for (Paragraph earlier : back.subList(0, Math.min(2, back.size()))) {
            for (int s = earlier.sentences().size() - 1; s >= 0; s--) {
                Integer subject = firstPersonIn(earlier, earlier.sentences().get(s));
                if (subject != null) {
                    return subject;
                }
            }
        }
        return lastSpeaker;
    }

    /**
     * The first person a sentence names outside its quotation marks (who is quoted speaking of someone is not about
     * them) and not as the object of a verb or a preposition ("after Gov. Josh Shapiro ordered…"): by name, by a surname that two people of the article share ("the elder Kessler"), or by the role the
     * article gave one person ("The attorney general called the ruling…").
     */
    private Integer firstPersonIn(Paragraph paragraph, Span sentence) {
        Token opening = paragraph.tokens().stream().filter(token -> sentence.contains(token.span())).findFirst().orElse(null);
        if (opening != null && (PRONOUNS.contains(lower(opening)) || lower(opening).equals("it") || lower(opening).equals("we"))) {
            return null; // "They left after Gov. Josh Shapiro ordered…": a sentence about someone named before it
        }
        List<Span> quoted = quotedSpans(paragraph.text());
        Integer first = null;
        int firstAt = Integer.MAX_VALUE;
        for (NameMention name : paragraph.names()) {
            if (sentence.contains(name.span()) && isPersonOrSurname(entities.get(name.entity())) && !isSubordinate(paragraph, name)
                    && quoted.stream().noneMatch(quote -> quote.contains(name.span())) && name.span().start() < firstAt) {
                first = name.entity();
                firstAt = name.span().start();
            }
        }
        for (Token token : paragraph.tokens()) {
            if (token.start() >= firstAt || !sentence.contains(token.span()) || token.isCapitalised() && token.start() > sentence.start()
                    || quoted.stream().anyMatch(quote -> quote.contains(token.span()))) {
                continue;
            }
            Integer byRole = personWithRole(lower(token));
            if (byRole != null) {
                return byRole;
            }
        }
        return first;
    }

    /** A person, or a bare surname the article could not give to one person of two who bear it. */
    private boolean isPersonOrSurname(Entity entity) {
        if (entity.type() == EntityType.PERSON) {
            return true;
        }
        Name name = Name.of(entity.name());
        return name.isSingleWord() && entities.stream().anyMatch(other -> other.type() == EntityType.PERSON
                && NameMatcher.shortFormOf(name, Name.of(other.name()), EntityType.PERSON));
    }

    /** The one person the article gave this role ("governor", "attorney"), or null when none or several. */
    private Integer personWithRole(String word) {
        Integer found = null;
        for (int e = 0; e < entities.size(); e++) {
            if (entities.get(e).type() == EntityType.PERSON && hasRole(entities.get(e), word)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static List<Span> quotedSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            spans.add(new Span(quoted.start(), quoted.end()));
        }
        return spans;
    }

    /** A verb of saying proper, not one that only takes a partial quote ("called", "described"). */
    private static boolean isSaying(Token verb) {
        String word = verb.text().toLowerCase(Locale.ROOT);
        return !(word.startsWith("call") || word.startsWith("describ") || word.startsWith("dub") || word.startsWith("term")
                || word.startsWith("label") || word.startsWith("accus"));
    }

    /** People and organisations speak, and a name of no known kind next to a verb of speech; never a place. */
    private boolean isSpeaker(NameMention name) {
        return entities.get(name.entity()).type() != EntityType.PLACE;
    }

    /**
     * "the governor said": the one person the article gave that role, by its word or its abbreviation; "the
     * ministry said": the one organisation whose name has that word.
     */
    private Integer byRole(List<Token> tokens, int from, int to) {
        Integer found = null;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.tag() != PartOfSpeech.NOUN && token.tag() != PartOfSpeech.PROPN || token.isCapitalised()) {
                continue;
            }
            String word = lower(token);
            for (int e = 0; e < entities.size(); e++) {
                Entity entity = entities.get(e);
                boolean role = entity.type() == EntityType.PERSON && hasRole(entity, word);
                boolean named = organisationNames.get(e) != null && namesOrganisation(tokens, i, organisationNames.get(e));
                if (role || named) {
                    if (found != null && found != e) {
                        return null; // two people with that role: the reference is not clear
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /** "the ministry said", "the safety board said": "the", words of the name, and the word it stands on. */
    private static boolean namesOrganisation(List<Token> tokens, int at, Name organisation) {
        if (!lower(tokens.get(at)).equals(organisation.head())) {
            return false;
        }
        int before = at - 1;
        while (before >= 0 && organisation.core().contains(lower(tokens.get(before)))) {
            before--;
        }
        return before >= 0 && lower(tokens.get(before)).equals("the");
    }

    private static boolean hasRole(Entity entity, String word) {
        for (String role : entity.roles()) {
            for (String part : role.toLowerCase(Locale.ROOT).split("\\s+")) {
                String plain = part.replace(".", "");
                if (plain.equals(word) || word.equals(ROLE_ABBREVIATIONS.get(plain))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Speaker accordingTo(Paragraph paragraph, Span sentence) {
        String text = sentence.of(paragraph.text());
        int at = text.toLowerCase(Locale.ROOT).indexOf("according to ");
        if (at < 0) {
            return null;
        }
        int from = sentence.start() + at + "according to ".length();
        for (NameMention name : paragraph.names()) {
            if (name.span().start() >= from && name.span().start() <= from + 40 && isSpeaker(name)) {
                return new Speaker(name.entity(), Attribution.ACCORDING_TO, new Span(sentence.start() + at, name.span().end()));
            }
        }
        return null;
    }

    private static List<Token> tokensBetween(Paragraph paragraph, int from, int to) {
        return paragraph.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    }

    private static int sentenceIndex(Paragraph paragraph, int offset) {
        List<Span> sentences = paragraph.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).end() > offset) {
                return i;
            }
        }
        return Math.max(0, sentences.size() - 1);
    }

    private static Span sentence(Paragraph paragraph, int index) {
        return paragraph.sentences().isEmpty() ? new Span(0, paragraph.text().length()) : paragraph.sentences().get(index);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
