package dev.parallax.story;

/** A story gained an article: its comparison and questions must be computed again. */
public record StoryChanged(long storyId) {
}
