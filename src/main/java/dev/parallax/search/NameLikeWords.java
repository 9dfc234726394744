package dev.parallax.search;

import dev.parallax.text.WordList;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an article uses as names, read from its paragraphs as it is indexed: capitalised inside a sentence
 * ("said Zelenskyy", "the Quellbrook"), never as a sentence's first word and never in a paragraph set in title case,
 * without the ordinary words names are also made of ("Guard", "Minister", "Monday"). Only these have spellings in
 * search ({@link SpellingVariants}): "Wes Moore" never finds "was more". A pass over the text, cheap enough for every
 * ingest, so that an article's spellings are searchable with its words, whatever the annotation has reached.
 */
final class NameLikeWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)*");
    /** What ends a sentence or opens a quotation: the next word is capitalised for that reason alone. */
    private static final String OPENERS = ".!?:\"“";
    private static final double TITLE_CASE_SHARE = 0.6;
    private static final List<WordList> ORDINARY = List.of(WordList.load("organisation-words"),
            WordList.load("place-words"), WordList.load("name-connectors"), WordList.load("titles"),
            WordList.load("calendar-words"), WordList.load("function-words"));

    private NameLikeWords() {
    }

    /** The name words of some paragraphs, lower case, possessives dropped. */
    static Set<String> of(List<String> paragraphs) {
        Set<String> words = new TreeSet<>();
        for (String paragraph : paragraphs) {
            if (looksLikeTitleCase(paragraph)) {
                continue;
            }
            Matcher word = WORD.matcher(paragraph);
            while (word.find()) {
                String text = word.group();
                if (Character.isUpperCase(text.charAt(0)) && !opensSentence(paragraph, word.start())) {
                    String name = text.replaceFirst("['’]s$", "").toLowerCase(Locale.ROOT);
                    if (name.length() > 1 && ORDINARY.stream().noneMatch(list -> list.contains(name))) {
                        words.add(name);
                    }
                }
            }
        }
        return words;
    }

    private static boolean opensSentence(String paragraph, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = paragraph.charAt(i);
            if (!Character.isWhitespace(c)) {
                return OPENERS.indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** A headline in disguise: four words or more, most capitalised, and no closing full stop. */
    private static boolean looksLikeTitleCase(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty() || ".!?”\"".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        Matcher word = WORD.matcher(text);
        int words = 0;
        int capitalised = 0;
        while (word.find()) {
            words++;
            if (Character.isUpperCase(word.group().charAt(0))) {
                capitalised++;
            }
        }
        return words >= 4 && capitalised >= TITLE_CASE_SHARE * words;
    }
}
