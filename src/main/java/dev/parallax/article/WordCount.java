package dev.parallax.article;

/** Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
final class WordCount {

    private WordCount() {
    }

    static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(codePoint);
            if (wordChar && !inWord) {
                words++;
            }
            // An apostrophe or hyphen between letters (don't, long-range) keeps the word going.
            inWord = wordChar || (inWord && isJoiner(codePoint));
            i += Character.charCount(codePoint);
        }
        return words;
    }

    private static boolean isJoiner(int codePoint) {
        return codePoint == '\'' || codePoint == '’' || codePoint == '-';
    }
}
