package dev.parallax.compare;

import java.util.List;

/** The comparison of a story's articles: the JSON contract of GET /api/stories/{id}/comparison, and its page. */
public record StoryComparison(long storyId, String title, List<ArticleRef> articles, List<Similarity> similarity,
                              List<NumberGroup> numbers, List<QuoteGroup> quotes, List<EntityGroup> entities,
                              List<UniqueSentences> unique, List<Fact> facts) {

    public record ArticleRef(long id, String origin, String title, String source) {
    }

    /** How close two articles are (0–1), how many sentences align, and which looks rewritten from which. */
    public record Similarity(long a, long b, double score, int alignedSentences, Long rewrittenFrom, Long rewritten) {
    }

    public enum Agreement { AGREE, DIFFER, SINGLE }

    public record NumberGroup(String label, Agreement agreement, List<NumberValue> values) {
    }

    public record NumberValue(long articleId, int blockIndex, String text, double value, String unit, double normalized,
                              String normalizedUnit, String sentence) {
    }

    /** One quotation as each article worded it; diffHtml marks the words that differ from the first wording. */
    public record QuoteGroup(String speaker, List<QuoteVariant> variants) {
    }

    public record QuoteVariant(long articleId, int blockIndex, String text, String speaker, String diffHtml) {
    }

    public record EntityGroup(String name, String type, List<String> variants, List<Long> articleIds) {
    }

    public record UniqueSentences(long articleId, List<String> sentences, List<Passage> passages) {
    }

    public record Passage(long articleId, int blockIndex, String text) {
    }

    /** Something several sources report, and which of the story's articles do. */
    public record Fact(String text, long articleId, int blockIndex, List<Long> reportedBy) {
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
