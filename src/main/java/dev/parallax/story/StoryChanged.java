package dev.parallax.story;

/** A story gained an article or a title, now at the given version: what was computed from it must be computed again. */
public record StoryChanged(long storyId, long version) {
}
