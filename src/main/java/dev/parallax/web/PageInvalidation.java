package dev.parallax.web;

import dev.parallax.ingest.ArticleIngested;
import dev.parallax.story.StoryChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;

/**
 * Drops the rendered pages an event changes. A listener of its own, not the page filter: listeners to
 * transactional events are proxied, and a proxied servlet filter loses its fields. Listeners that only drop what
 * is kept in memory run after completion, not after commit: the event publication registry records every
 * after-commit listener (the whole event, as JSON, for each), and a page dropped after a rollback costs nothing.
 */
@Component
class PageInvalidation {

    private final RenderedPages pages;

    PageInvalidation(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(StoryChanged event) {
        pages.forget(Set.of(PageVersions.CORPUS, PageVersions.ARTICLES, PageVersions.story(event.storyId())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ArticleIngested event) {
        pages.forget(Set.of(PageVersions.CORPUS, PageVersions.INDEX));
    }
}
