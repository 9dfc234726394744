package dev.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations and their speakers from the usual attribution patterns: “…,” X said; X said: “…”;
 * X stated, “…”; …, stating, “…”; according to X. A pronoun speaker is the last person the paragraph named.
 */
final class QuoteExtractor {

    private static final int MIN_QUOTE_WORDS = 3;
    private static final String VERBS = "said|says|told(?: reporters| journalists| the [\\p{L} ]{1,30})?|stated|added|wrote"
            + "|warned|insisted|insists|claimed|claims|argued|argues|noted|declared|announced|explained|asserted|tweeted|posted";
    private static final String NAME = "((?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,6})";
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{3,600}?)[”\"]");
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "^[,.!?]?\\s*(?:" + NAME + "|(he|she|they))\\s+(?:" + VERBS + ")\\b");
    private static final Pattern VERB_THEN_SPEAKER = Pattern.compile("^[,.!?]?\\s*(?:" + VERBS + ")\\s+" + NAME);
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:" + VERBS + ")(?:\\s+that)?[,:]?\\s*$");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(he|she|they)\\s+(?:" + VERBS + ")(?:\\s+that)?[,:]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATING = Pattern.compile("\\b(?:stating|saying|adding|warning|insisting)[,:]?\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile("according to " + NAME);
    private static final Pattern FIRST_NAME_IN = Pattern.compile(NAME);

    List<Quote> extract(long articleId, int blockIndex, String paragraph, EntityExtractor names) {
        List<Quote> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(paragraph);
        while (quoted.find()) {
            String text = quoted.group(1).strip();
            if (text.split("\\s+").length < MIN_QUOTE_WORDS) {
                continue; // scare quotes around a term, not a quotation
            }
            String before = paragraph.substring(0, quoted.start());
            String after = paragraph.substring(quoted.end());
            String speaker = speaker(before, after, names);
            quotes.add(new Quote(articleId, blockIndex, text.replaceAll("[,.]$", ""), speaker));
        }
        return quotes;
    }

    private String speaker(String before, String after, EntityExtractor names) {
        Matcher next = SPEAKER_AFTER.matcher(after);
        if (next.find()) {
            return next.group(1) != null ? person(next.group(1), names) : names.lastPersonIn(before);
        }
        Matcher inverted = VERB_THEN_SPEAKER.matcher(after);
        if (inverted.find()) {
            return person(inverted.group(1), names);
        }
        String sentenceBefore = lastSentence(before);
        Matcher previous = SPEAKER_BEFORE.matcher(sentenceBefore);
        if (previous.find()) {
            return person(previous.group(1), names);
        }
        if (PRONOUN_BEFORE.matcher(sentenceBefore).find()) {
            return names.lastPersonIn(before);
        }
        Matcher according = ACCORDING_TO.matcher(sentenceBefore + " " + firstSentence(after));
        if (according.find()) {
            return person(according.group(1), names);
        }
        if (STATING.matcher(sentenceBefore).find()) {
            Matcher subject = FIRST_NAME_IN.matcher(sentenceBefore);
            while (subject.find()) {
                String candidate = person(subject.group(1), names);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** A name without its titles, or null when the words are not a name ("The", "However"). */
    private static String person(String words, EntityExtractor names) {
        String name = names.withoutTitles(words.strip().replaceAll("(?<!\\b(?:Jr|Sr))[.,]$", ""));
        return name == null || name.isBlank() ? null : name;
    }

    private static String lastSentence(String text) {
        int end = Math.max(Math.max(text.lastIndexOf(". "), text.lastIndexOf("? ")), text.lastIndexOf("! "));
        return end < 0 ? text : text.substring(end + 2);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end);
    }
}
