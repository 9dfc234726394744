package dev.parallax.web;

import dev.parallax.compare.FigureDisplay;
import dev.parallax.compare.PublicationTimes;
import dev.parallax.compare.StoryComparison;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the story page looks up per table cell, indexed once per page: a story of n articles has n² heat-map cells
 * and a cell per article and fact or name, so each look-up must cost nothing (not a scan of the comparison).
 */
final class StoryPageView {

    private final Map<Long, String> labels = new HashMap<>();
    private final Map<Long, Map<Long, Double>> scores = new HashMap<>();
    private final Map<StoryComparison.Fact, Set<Long>> reporters = new IdentityHashMap<>();
    private final Map<StoryComparison.EntityGroup, Set<Long>> namers = new IdentityHashMap<>();
    private final Map<StoryComparison.EntityGroup, Set<Long>> surnameWriters = new IdentityHashMap<>();
    private final int sources;
    private final List<StoryComparison.NumberGroup> shared;
    private final List<StoryComparison.NumberGroup> single;
    private final String firstPublished;
    private final String lastPublished;

    StoryPageView(StoryComparison comparison) {
        this.shared = comparison.numbers().stream().filter(group -> group.agreement() != StoryComparison.Agreement.SINGLE)
                .sorted(Comparator.comparing((StoryComparison.NumberGroup group) -> group.agreement() != StoryComparison.Agreement.DIFFER))
                .toList();
        this.single = comparison.numbers().stream().filter(group -> group.agreement() == StoryComparison.Agreement.SINGLE).toList();
        List<String> published = comparison.articles().stream().map(StoryComparison.ArticleRef::published)
                .filter(Objects::nonNull).sorted().toList();
        this.firstPublished = published.isEmpty() ? null : published.getFirst();
        this.lastPublished = published.isEmpty() ? null : published.getLast();
        comparison.articles().forEach(article -> labels.putIfAbsent(article.id(), article.source()));
        for (StoryComparison.Similarity pair : comparison.similarity()) {
            scores.computeIfAbsent(pair.a(), a -> new HashMap<>()).putIfAbsent(pair.b(), pair.score());
            scores.computeIfAbsent(pair.b(), b -> new HashMap<>()).putIfAbsent(pair.a(), pair.score());
        }
        comparison.facts().forEach(fact -> reporters.put(fact, new HashSet<>(fact.reportedBy())));
        comparison.entities().forEach(entity -> {
            namers.put(entity, new HashSet<>(entity.articleIds()));
            surnameWriters.put(entity, new HashSet<>(entity.surnameOnlyIn()));
        });
        this.sources = (int) comparison.articles().stream().map(StoryComparison.ArticleRef::source).distinct().count();
    }

    /** How many distinct sources the story's articles come from. */
    public int sources() {
        return sources;
    }

    /** A short label for an article in grids: its source. */
    public String label(long articleId) {
        return labels.getOrDefault(articleId, Long.toString(articleId));
    }

    /** The heat-map class of a similarity, heat-0 (none) to heat-10 (identical): styles, not inline colours. */
    public String heat(long a, long b) {
        return "heat-" + Math.round(score(a, b) * 10);
    }

    public String percent(long a, long b) {
        return Math.round(score(a, b) * 100) + "%";
    }

    public boolean reports(StoryComparison.Fact fact, long articleId) {
        Set<Long> by = reporters.get(fact);
        return by != null ? by.contains(articleId) : fact.reportedBy().contains(articleId);
    }

    public boolean names(StoryComparison.EntityGroup entity, long articleId) {
        Set<Long> by = namers.get(entity);
        return by != null ? by.contains(articleId) : entity.articleIds().contains(articleId);
    }

    /** Whether an article writes only the surname of this entity (so it may name it). */
    public boolean surnameOnly(StoryComparison.EntityGroup entity, long articleId) {
        Set<Long> by = surnameWriters.get(entity);
        return by != null ? by.contains(articleId) : entity.surnameOnlyIn().contains(articleId);
    }

    /** Figures two or more outlets give: those they differ on first, then those they agree on. */
    public List<StoryComparison.NumberGroup> sharedFigures() {
        return shared;
    }

    /** Figures not matched with another outlet's: kept apart, for a figure alone is no claim about the coverage. */
    public List<StoryComparison.NumberGroup> singleFigures() {
        return single;
    }

    public String firstPublished() {
        return firstPublished;
    }

    public String lastPublished() {
        return lastPublished;
    }

    /** A figure as its outlet wrote it, with the other units of its group beside it. */
    public String display(StoryComparison.NumberGroup group, StoryComparison.NumberValue value) {
        return FigureDisplay.of(value, group.values(), group.dimension());
    }

    /** "9 Sep 2023", or with the time when the outlet gave it. */
    public String readable(String published) {
        return published == null ? "" : PublicationTimes.readable(published);
    }

    public String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private double score(long a, long b) {
        return a == b ? 1.0 : scores.getOrDefault(a, Map.of()).getOrDefault(b, 0.0);
    }
}
