package dev.parallax.story;

import java.util.List;

/** A story as lists and GET /api/stories show it. */
public record StorySummary(long id, String title, List<Long> articleIds) {

    static StorySummary of(Story story, List<Long> articleIds) {
        return new StorySummary(story.getId(), story.getTitle(), articleIds);
    }
}
