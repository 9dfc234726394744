package dev.parallax.question;

import java.util.List;

/**
 * A discussion question: one an article poses to its readers (SOURCE) or one composed from the comparison of its
 * story (DERIVED), with the passages it is about. The JSON contract of GET /api/questions.
 */
public record Question(long id, String text, Origin origin, Long storyId, Long articleId, String kind,
                       List<Evidence> evidence) {

    public enum Origin { SOURCE, DERIVED }

    /** A passage a question rests on: the article, the block, and its words. */
    public record Evidence(long articleId, int blockIndex, String text) {
    }

    /** A stable id: the same question of the same story keeps its id however often it is computed. */
    static long idOf(Long storyId, Origin origin, String text) {
        long hash = 1125899906842597L;
        String key = storyId + "|" + origin + "|" + text;
        for (int i = 0; i < key.length(); i++) {
            hash = 31 * hash + key.charAt(i);
        }
        return hash & 0x1FFFFFFFFFFFFFL; // positive and exact in JavaScript numbers
    }
}
