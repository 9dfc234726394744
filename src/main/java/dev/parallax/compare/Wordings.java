package dev.parallax.compare;

import java.util.Locale;

/** How two outlets' wordings of one text compare, word for word, whatever their punctuation and contractions. */
public final class Wordings {

    private Wordings() {
    }

    /** Words only, contractions spelt out: "we're" as one outlet printed it is "we are" as another did. */
    public static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("n't\\b", " not").replaceAll("'re\\b", " are").replaceAll("'ve\\b", " have")
                .replaceAll("'ll\\b", " will").replaceAll("'m\\b", " am")
                .replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    /** One wording is the other cut shorter, word for word: an excerpt, not a rewording. */
    public static boolean isExcerpt(String one, String other) {
        String a = plain(one);
        String b = plain(other);
        return a.contains(b) || b.contains(a);
    }

    /** Whether a text holds these words, in this order, word for word. */
    public static boolean carries(String text, String words) {
        String wanted = plain(words);
        return !wanted.isEmpty() && (" " + plain(text) + " ").contains(" " + wanted + " ");
    }
}
