package dev.parallax.web;

import dev.parallax.compare.StoryComparison;

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

    StoryPageView(StoryComparison comparison) {
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

    private double score(long a, long b) {
        return a == b ? 1.0 : scores.getOrDefault(a, Map.of()).getOrDefault(b, 0.0);
    }
}
