package dev.parallax.compare;

import java.util.Set;

/**
 * One sentence of an article in a story, where it stands, and its content words. Its place in the story says which
 * sentence it is: equality and hashing look at that alone, not at every word (alignment hashes sentences a lot).
 */
record StorySentence(long articleId, int blockIndex, int position, String text, Set<String> words) {

    @Override
    public boolean equals(Object other) {
        return other instanceof StorySentence sentence && sentence.articleId == articleId
                && sentence.blockIndex == blockIndex && sentence.position == position;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(articleId) * 31 * 31 + blockIndex * 31 + position;
    }
}
