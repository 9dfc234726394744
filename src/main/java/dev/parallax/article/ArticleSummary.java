package dev.parallax.article;

/**
 * An article as lists and the JSON API show it; storyId is null until the article joins a story.
 *
 * @param url       the canonical address of the article at its outlet, or null
 * @param published when the outlet published it: an ISO date-time in UTC when the time is known, else an ISO date,
 *                  or null
 */
public record ArticleSummary(long id, String origin, String source, String title, boolean titleDerived,
                             Long storyId, int wordCount, String url, String published) {

    public ArticleSummary(long id, String origin, String source, String title, boolean titleDerived, int wordCount) {
        this(id, origin, source, title, titleDerived, null, wordCount, null, null);
    }

    public ArticleSummary(long id, String origin, String source, String title, boolean titleDerived, Long storyId,
                          int wordCount) {
        this(id, origin, source, title, titleDerived, storyId, wordCount, null, null);
    }

    ArticleSummary withStoryId(Long storyId) {
        return new ArticleSummary(id, origin, source, title, titleDerived, storyId, wordCount, url, published);
    }

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getId(), article.getOrigin(), article.getSource().getName(),
                article.getTitle(), article.isTitleDerived(), null, article.getWordCount(), article.getUrl(),
                published(article.getPublishedAt(), article.getPublishedOn()));
    }

    static String published(java.time.Instant at, java.time.LocalDate on) {
        return at != null ? at.toString() : on != null ? on.toString() : null;
    }
}
