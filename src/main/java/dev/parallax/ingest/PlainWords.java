package dev.parallax.ingest;

/**
 * Whether a word is a plain word of prose: a letter first, then letters, marks, apostrophes, dots or hyphens,
 * wrapped in opening and closing punctuation ("(“Kyiv’s”)," is one; "42", "x=1" and "<br>" are not). Every word of
 * every article is checked, so this is a loop over the code points rather than a regular expression.
 */
final class PlainWords {

    private PlainWords() {
    }

    /** How many of the words are plain. */
    static long count(String[] words) {
        long plain = 0;
        for (String word : words) {
            if (isPlain(word)) {
                plain++;
            }
        }
        return plain;
    }

    static boolean isPlain(String word) {
        int i = 0;
        int length = word.length();
        while (i < length && opens(word.codePointAt(i))) {
            i += Character.charCount(word.codePointAt(i));
        }
        if (i == length || !Character.isLetter(word.codePointAt(i))) {
            return false;
        }
        i += Character.charCount(word.codePointAt(i));
        while (i < length && continues(word.codePointAt(i))) {
            i += Character.charCount(word.codePointAt(i));
        }
        // A closing mark that could also continue the word ("’", ".") was taken by the loop above: what is left
        // must all close.
        while (i < length && closes(word.codePointAt(i))) {
            i += Character.charCount(word.codePointAt(i));
        }
        return i == length;
    }

    private static boolean opens(int c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '“' || c == '‘';
    }

    private static boolean continues(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == '\'' || c == '’' || c == '.' || c == '-';
    }

    private static boolean closes(int c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || c == '"' || c == '”' || c == '’';
    }
}
