package dev.parallax.annotation;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's annotation, made once and stored. Analyses read it from here: an article the background worker
 * has not reached yet is annotated on the spot and stored, so no analysis waits and none parses text itself.
 */
@Service
public class ArticleAnnotations {

    private final AnnotationStore store;
    private final ApplicationEventPublisher events;

    ArticleAnnotations(AnnotationStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** The annotations of some articles, keyed by article id, in the order given. */
    public Map<Long, AnnotatedArticle> of(List<ArticleDetail> articles) {
        Map<Long, StoredAnnotation> stored = store.find(articles.stream().map(a -> a.summary().id()).toList(),
                ArticleAnnotator.VERSION);
        Map<Long, AnnotatedArticle> annotations = new LinkedHashMap<>();
        for (ArticleDetail article : articles) {
            StoredAnnotation found = stored.get(article.summary().id());
            annotations.put(article.summary().id(), found != null ? found.withText(article) : annotateNow(article));
        }
        return annotations;
    }

    public AnnotatedArticle of(ArticleDetail article) {
        return of(List.of(article)).get(article.summary().id());
    }

    /**
     * An article the worker has not reached: annotated here, and stored unless the worker is storing it at this very
     * moment, in which case its annotation, the same, wins.
     */
    private AnnotatedArticle annotateNow(ArticleDetail article) {
        try {
            return annotateAndStore(article);
        } catch (ConcurrencyFailureException raced) {
            return annotate(article);
        }
    }

    /** Annotates an article with the current annotator, stores it and tells who listens. */
    AnnotatedArticle annotateAndStore(ArticleDetail article) {
        AnnotatedArticle annotation = annotate(article);
        store.save(annotation);
        events.publishEvent(new ArticleAnnotated(annotation));
        return annotation;
    }

    /** The annotation of an article's paragraphs, made now. */
    static AnnotatedArticle annotate(ArticleDetail article) {
        List<ArticleAnnotator.Paragraph> paragraphs = article.blocks().stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH)
                .map(block -> new ArticleAnnotator.Paragraph(block.index(), block.text()))
                .toList();
        return ArticleAnnotator.annotate(article.summary().id(), paragraphs);
    }
}
