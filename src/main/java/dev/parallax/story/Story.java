package dev.parallax.story;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * Articles about one event, from any number of sources. Membership lives in story_article and is written row by
 * row, so adding an article to a large story never loads the story's other articles.
 */
@Entity
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private boolean headline;
    private Instant createdAt;
    private Instant updatedAt;

    protected Story() {
    }

    Story(String title, boolean headline, Instant now) {
        this.title = title;
        this.headline = headline;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A headline an outlet wrote replaces a title derived from a first sentence; otherwise the first title stays. */
    void gained(String articleTitle, boolean articleTitleIsHeadline, Instant now) {
        if (articleTitleIsHeadline && !headline) {
            title = articleTitle;
            headline = true;
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
