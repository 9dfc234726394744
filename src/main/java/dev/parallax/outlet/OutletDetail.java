package dev.parallax.outlet;

import java.util.List;

/**
 * One outlet, as GET /api/outlets/{source} shows it: its summary, its articles and stories (newest first), and what
 * it alone reported in those stories, from their digests.
 */
public record OutletDetail(String source, int articles, int stories, String firstPublished, String lastPublished,
                           String country, String owner, String lean, List<Long> articleIds, List<Long> storyIds, List<OnlyHere> onlyHere) {

    /** A sentence of this outlet's article that no other outlet in its story carries. */
    public record OnlyHere(long storyId, String text, long articleId, int blockIndex) {
    }
}
