package dev.parallax.web;

import dev.parallax.ingest.ArticleIngested;
import dev.parallax.outlet.OutletProfilesChanged;
import dev.parallax.story.StoryChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;

/**
 * Drops the rendered pages an event changes. A listener of its own, not the page filter: listeners to
 * transactional events are proxied to record their completion, and a proxied servlet filter loses its fields.
 */
@Component
class PageInvalidation {

    private final RenderedPages pages;

    PageInvalidation(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryChanged event) {
        pages.forget(Set.of(PageVersions.CORPUS, PageVersions.ARTICLES, PageVersions.story(event.storyId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OutletProfilesChanged event) {
        pages.forget(Set.of(PageVersions.OUTLETS));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleIngested event) {
        pages.forget(Set.of(PageVersions.CORPUS, PageVersions.INDEX));
    }
}
