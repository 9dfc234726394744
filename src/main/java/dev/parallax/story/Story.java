package dev.parallax.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** Articles about one event, from any number of sources. */
@Entity
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "story_article", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new TreeSet<>();

    protected Story() {
    }

    Story(String title, Instant now) {
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void add(long articleId, Instant now) {
        articleIds.add(articleId);
        updatedAt = now;
    }

    void retitle(String title) {
        this.title = title;
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

    public Set<Long> getArticleIds() {
        return Set.copyOf(articleIds);
    }
}
