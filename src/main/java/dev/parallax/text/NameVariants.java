package dev.parallax.text;

import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.Locale;

/** Whether two spellings are one word of a name: close in letters and alike in sound (Zelensky, Zelenskyy, Zelenskyi). */
public final class NameVariants {

    private static final int MIN_LENGTH = 5;
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private NameVariants() {
    }

    public static boolean sameWord(String one, String other) {
        String a = one.toLowerCase(Locale.ROOT);
        String b = other.toLowerCase(Locale.ROOT);
        if (a.equals(b) || transliterated(a).equals(transliterated(b))) {
            return true;
        }
        return spellingVariants(a, b);
    }

    /**
     * Whether a word might be another spelling of a name, by a looser test than {@link #sameWord}: for saying that
     * an article does not name someone, "Chaudhary" must count as naming "Chawdhary". Same first letter, one edit
     * apart, two for words of six letters or more.
     */
    public static boolean maySpell(String word, String name) {
        String a = word.toLowerCase(Locale.ROOT);
        String b = name.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int allowed = shorter >= 6 ? 2 : 1;
        return editDistance(a, b, allowed) <= allowed;
    }

    /** One spelling of sounds that Cyrillic names are written with in several ways: "Dzhabarov" and "Jabarov". */
    private static String transliterated(String word) {
        return word.startsWith("dzh") ? "j" + word.substring(3) : word;
    }

    /**
     * Two different words that are spellings of one name: long enough not to be ordinary short words, the same
     * first letter, one edit apart (two for long words), and the same sound.
     */
    public static boolean spellingVariants(String one, String other) {
        int shorter = Math.min(one.length(), other.length());
        if (shorter < MIN_LENGTH || Character.toLowerCase(one.charAt(0)) != Character.toLowerCase(other.charAt(0))) {
            return false;
        }
        int allowed = maxEdits(shorter);
        return editDistance(one.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT), allowed) <= allowed
                && soundAlike(one, other);
    }

    /** How many edits two spellings of a name of this length may be apart. */
    public static int maxEdits(int length) {
        return length >= 8 ? 2 : 1;
    }

    public static boolean soundAlike(String one, String other) {
        return METAPHONE.isDoubleMetaphoneEqual(one, other) || METAPHONE.isDoubleMetaphoneEqual(one, other, true);
    }

    /** Levenshtein distance, giving up once it exceeds the limit. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
