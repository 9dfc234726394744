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
    /** Bumped with every change to the story's articles or title, in the transaction that makes it. */
    private long version;

    protected Story() {
    }

    Story(String title, boolean headline, Instant now) {
        this.title = title;
        this.headline = headline;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
    }

    /** A headline an outlet wrote replaces a title derived from a first sentence; otherwise the first title stays. */
    void gained(String articleTitle, boolean articleTitleIsHeadline, Instant now) {
        if (articleTitleIsHeadline && !headline) {
            title = articleTitle;
            headline = true;
        }
        updatedAt = now;
        version++;
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

    public long getVersion() {
        return version;
    }
}
