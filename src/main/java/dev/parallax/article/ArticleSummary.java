package dev.parallax.article;

/** An article as lists and the JSON API show it; storyId is null until the article joins a story. */
public record ArticleSummary(long id, String origin, String source, String title, boolean titleDerived,
                             Long storyId, int wordCount) {

    public ArticleSummary(long id, String origin, String source, String title, boolean titleDerived, int wordCount) {
        this(id, origin, source, title, titleDerived, null, wordCount);
    }

    ArticleSummary withStoryId(Long storyId) {
        return new ArticleSummary(id, origin, source, title, titleDerived, storyId, wordCount);
    }

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getId(), article.getOrigin(), article.getSource().getName(),
                article.getTitle(), article.isTitleDerived(), article.getWordCount());
    }
}
