package dev.parallax.compare;

import dev.parallax.text.Dimension;
import dev.parallax.text.EntityType;
import dev.parallax.text.Hedge;

import java.util.ArrayList;
import java.util.List;

/** The comparison of a story's articles: the JSON contract of GET /api/stories/{id}/comparison, and its page. */
public record StoryComparison(long storyId, String title, List<ArticleRef> articles, List<Similarity> similarity,
                              List<NumberGroup> numbers, List<QuoteGroup> quotes, List<EntityGroup> entities,
                              List<UniqueSentences> unique, List<Fact> facts, List<NotAnalysed> notAnalysed,
                              Digest digest) {

    public StoryComparison {
        digest = digest == null ? Digest.EMPTY : digest;
    }

    /** An article of the story; published is an ISO date or date-time, or null. */
    public record ArticleRef(long id, String origin, String title, String source, String published) {
    }

    /** How close two articles are (0–1), how many sentences align, and which looks rewritten from which. */
    public record Similarity(long a, long b, double score, int alignedSentences, Long rewrittenFrom, Long rewritten) {
    }

    public enum Agreement { AGREE, DIFFER, SINGLE }

    /** One thing the articles measure, what it is, and each article's figure for it. */
    public record NumberGroup(String label, Agreement agreement, Dimension dimension, List<NumberValue> values) {
    }

    public record NumberValue(long articleId, int blockIndex, String text, double value, String unit, double normalized,
                              String normalizedUnit, String sentence, Hedge hedge, String zone) {
    }

    /** One statement as each article worded it, and who made it. */
    public record QuoteGroup(String speaker, List<QuoteVariant> variants) {
    }

    /** A wording, with its differences from the group's first wording as a word-level diff. */
    public record QuoteVariant(long articleId, int blockIndex, String text, String speaker, List<DiffOp> diff) {
    }

    /** A run of words the same as, missing from, or added to the first wording. */
    public record DiffOp(Change change, String text) {

        public enum Change { SAME, DELETED, INSERTED }
    }

    /**
     * Someone or something the story names, with every form the articles use and the passages that name it; for a
     * person, also the articles that write the surname without it being taken for this person's name, which may
     * well mean them: no source is said to leave someone out who may stand there.
     */
    public record EntityGroup(String name, EntityType type, List<String> variants, List<Long> articleIds,
                              List<Passage> passages, List<Long> surnameOnlyIn) {

        /** Whether an article names this entity, or may: it writes the surname. */
        public boolean mayBeNamedIn(long articleId) {
            return articleIds.contains(articleId) || surnameOnlyIn.contains(articleId);
        }
    }

    public record UniqueSentences(long articleId, List<String> sentences, List<Passage> passages) {
    }

    public record Passage(long articleId, int blockIndex, String text) {
    }

    /** Something several sources report, and which of the story's articles do. */
    public record Fact(String text, long articleId, int blockIndex, List<Long> reportedBy) {
    }

    /** An article of the story the analyses could not handle, left out of the comparison, and which analysis failed. */
    public record NotAnalysed(long articleId, String title, String reason) {
    }

    /** The same comparison, saying that these articles of the story were left out of it. */
    StoryComparison leavingOut(List<NotAnalysed> left) {
        if (left.isEmpty()) {
            return this;
        }
        List<NotAnalysed> all = new ArrayList<>(notAnalysed);
        all.addAll(left);
        return new StoryComparison(storyId, title, articles, similarity, numbers, quotes, entities, unique, facts, List.copyOf(all),
                digest);
    }

    public double score(long a, long b) {
        if (a == b) {
            return 1.0;
        }
        return similarity.stream()
                .filter(pair -> pair.a() == a && pair.b() == b || pair.a() == b && pair.b() == a)
                .mapToDouble(Similarity::score).findFirst().orElse(0);
    }
}
