package dev.parallax.annotation;

import dev.parallax.text.AnnotatedArticle;

/** Published when an article's annotation has been stored (new, or made again by a newer annotator). */
public record ArticleAnnotated(AnnotatedArticle annotation) {

    public long articleId() {
        return annotation.articleId();
    }
}
