package dev.parallax.story;

import java.util.List;

/**
 * Who covered a story and when, as lists show it beside its title: its outlets, how many articles, and the first and
 * last publication (ISO dates or date-times in UTC, null when no article gives one).
 */
public record StoryCoverage(long storyId, int articles, List<String> sources, String firstPublished, String lastPublished) {
}
