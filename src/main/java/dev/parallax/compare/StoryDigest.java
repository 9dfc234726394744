package dev.parallax.compare;

import java.util.List;

/** The JSON of GET /api/stories/{id}/summary: a story's digest, with the story it is of. */
record StoryDigest(long storyId, String title, List<Digest.Line> agreed, List<Digest.Difference> differ,
                   List<Digest.Only> onlyOne, List<Digest.Report> timeline, List<Digest.Outlet> outlets) {

    static StoryDigest of(StoryComparison comparison) {
        Digest digest = comparison.digest();
        return new StoryDigest(comparison.storyId(), comparison.title(), digest.agreed(), digest.differ(), digest.onlyOne(),
                digest.timeline(), digest.outlets());
    }
}
