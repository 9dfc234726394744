package dev.parallax.annotation;

import dev.parallax.article.AnalysisFailures;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.ArticleAnnotator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's annotation, made once and stored. Analyses read it from here: an article the background worker
 * has not reached yet is annotated on the spot and stored, so no analysis waits and none parses text itself. An
 * article the annotator fails on is recorded and left out: the analyses go on with the others.
 */
@Service
public class ArticleAnnotations {

    private static final Logger log = LoggerFactory.getLogger(ArticleAnnotations.class);

    /** What makes an article's annotation from its paragraphs: the annotator, unless a test puts another in its place. */
    @FunctionalInterface
    public interface Annotator {
        AnnotatedArticle annotate(long articleId, List<ArticleAnnotator.Paragraph> paragraphs);
    }

    private final AnnotationStore store;
    private final AnalysisFailures failures;
    private final Annotator annotator;

    ArticleAnnotations(AnnotationStore store, AnalysisFailures failures, ObjectProvider<Annotator> annotator) {
        this.store = store;
        this.failures = failures;
        this.annotator = annotator.getIfAvailable(() -> ArticleAnnotator::annotate);
    }

    /**
     * The annotations of some articles, keyed by article id, in the order given; an article that cannot be annotated
     * is missing from them (see {@link #notAnnotated}).
     */
    public Map<Long, AnnotatedArticle> of(List<ArticleDetail> articles) {
        List<Long> ids = articles.stream().map(a -> a.summary().id()).toList();
        Map<Long, StoredAnnotation> stored = store.find(ids, ArticleAnnotator.VERSION);
        Map<Long, AnalysisFailures.Failure> givenUp = stored.size() == ids.size() ? Map.of()
                : failures.givenUp(ids, AnalysisFailures.Stage.ANNOTATION, ArticleAnnotator.VERSION);
        Map<Long, AnnotatedArticle> annotations = new LinkedHashMap<>();
        for (ArticleDetail article : articles) {
            long id = article.summary().id();
            StoredAnnotation found = stored.get(id);
            AnnotatedArticle annotation = found != null ? found.withText(article) : givenUp.containsKey(id) ? null : annotateNow(article);
            if (annotation != null) {
                annotations.put(id, annotation);
            }
        }
        return annotations;
    }

    /** One article's annotation; null when the annotator cannot handle it. */
    public AnnotatedArticle of(ArticleDetail article) {
        return of(List.of(article)).get(article.summary().id());
    }

    /** The articles among these that the annotator has given up on, with why. */
    public Map<Long, AnalysisFailures.Failure> notAnnotated(Collection<Long> articleIds) {
        return failures.givenUp(articleIds, AnalysisFailures.Stage.ANNOTATION, ArticleAnnotator.VERSION);
    }

    /**
     * An article the worker has not reached: annotated here, and stored unless the worker is storing it at this very
     * moment, in which case its annotation, the same, wins. Null when the annotator fails on it.
     */
    private AnnotatedArticle annotateNow(ArticleDetail article) {
        try {
            return annotateAndStore(article);
        } catch (ConcurrencyFailureException raced) {
            return annotate(article);
        } catch (AnnotationFailedException failed) {
            return null;
        }
    }

    /**
     * Annotates an article with the current annotator and stores it. When the annotator throws, or its annotation
     * cannot be stored (but the database answers), the failure is recorded against the article and
     * {@link AnnotationFailedException} is thrown instead: the article waits, and is given up after a few tries.
     */
    AnnotatedArticle annotateAndStore(ArticleDetail article) {
        AnnotatedArticle annotation;
        try {
            annotation = annotate(article);
            store.save(annotation);
        } catch (DataAccessException | TransactionException databaseAway) {
            throw databaseAway; // not the article's fault
        } catch (RuntimeException | StackOverflowError e) {
            AnalysisFailures.Failure failure = failures.record(article.summary().id(), AnalysisFailures.Stage.ANNOTATION,
                    ArticleAnnotator.VERSION, e);
            log.warn("Could not annotate article {} ({}): {}", article.summary().id(),
                    failure.givenUp() ? "given up" : "try " + failure.tries(), failure.error());
            throw new AnnotationFailedException(failure);
        }
        failures.forget(article.summary().id(), AnalysisFailures.Stage.ANNOTATION);
        return annotation;
    }

    /** The annotation of an article's paragraphs, made now. */
    private AnnotatedArticle annotate(ArticleDetail article) {
        List<ArticleAnnotator.Paragraph> paragraphs = article.blocks().stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH)
                .map(block -> new ArticleAnnotator.Paragraph(block.index(), block.text()))
                .toList();
        return annotator.annotate(article.summary().id(), paragraphs);
    }

    /** The annotator failed on an article; the failure is recorded. */
    static final class AnnotationFailedException extends RuntimeException {

        AnnotationFailedException(AnalysisFailures.Failure failure) {
            super(failure.error(), null, false, false);
        }
    }
}
