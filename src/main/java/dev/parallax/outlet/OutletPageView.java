package dev.parallax.outlet;

import dev.parallax.article.ArticleSummary;
import dev.parallax.story.StorySummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outlet's page: its stories newest first, each with what only this outlet reported in it. */
final class OutletPageView {

    /** A story the outlet covered and the lines only it carries there. */
    record StoryLines(StorySummary story, List<OutletDetail.OnlyHere> onlyHere) {
    }

    private final List<StoryLines> stories = new ArrayList<>();
    private final List<StoryLines> withOnlyHere = new ArrayList<>();
    private final List<ArticleSummary> articles;
    private final int shown;

    OutletPageView(Outlets.Coverage coverage, List<ArticleSummary> articles, int shown) {
        this.articles = articles;
        this.shown = shown;
        Map<Long, List<OutletDetail.OnlyHere>> byStory = new LinkedHashMap<>();
        coverage.detail().onlyHere().forEach(line -> byStory.computeIfAbsent(line.storyId(), id -> new ArrayList<>()).add(line));
        for (StorySummary story : coverage.stories()) {
            StoryLines lines = new StoryLines(story, byStory.getOrDefault(story.id(), List.of()));
            if (stories.size() < shown) {
                stories.add(lines);
            }
            if (!lines.onlyHere().isEmpty()) {
                withOnlyHere.add(lines);
            }
        }
    }

    public List<StoryLines> stories() {
        return stories;
    }

    /** Stories in which this outlet reported something no other did. */
    public List<StoryLines> withOnlyHere() {
        return withOnlyHere;
    }

    public List<ArticleSummary> articles() {
        return articles;
    }

    public int shown() {
        return shown;
    }
}
