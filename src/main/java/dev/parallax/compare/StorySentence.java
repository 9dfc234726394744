package dev.parallax.compare;

import java.util.Set;

/** One sentence of an article in a story, where it stands, and its content words. */
record StorySentence(long articleId, int blockIndex, int position, String text, Set<String> words) {
}
