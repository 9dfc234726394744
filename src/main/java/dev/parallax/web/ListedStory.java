package dev.parallax.web;

import java.util.List;

/**
 * A story as lists readers scan show it (the home page, GET /api/stories): its outlets, when they published, how many
 * articles, and the first line of its digest (null until its comparison is stored, or when no line is shared).
 */
public record ListedStory(long id, String title, List<Long> articleIds, long version, int articles, List<String> sources,
                          String firstPublished, String lastPublished, String summary) {
}
