package dev.parallax.story;

import java.util.List;

/**
 * A story as lists and GET /api/stories show it. The version changes whenever its articles or title do: what is
 * computed from a story can be stored or cached under (id, version) and is current while the version is.
 */
public record StorySummary(long id, String title, List<Long> articleIds, long version) {

    static StorySummary of(Story story, List<Long> articleIds) {
        return new StorySummary(story.getId(), story.getTitle(), articleIds, story.getVersion());
    }
}
