package dev.parallax.article;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ingested article as pages read it: the verbatim text it came from and the blocks parsed out of it. Articles
 * are written by {@link ArticleStore}, never through this entity.
 */
@Entity
public class Article {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Source source;

    private String origin;
    private String title;
    private boolean titleDerived;
    private String url;
    private LocalDate publishedOn;
    private Instant publishedAt;
    private String author;
    private String language;
    private String extraction;

    // Loaded only when the raw text is asked for: lists and pages never need it.
    @Basic(fetch = FetchType.LAZY)
    private String rawText;

    private String contentHash;
    private int wordCount;
    private Instant ingestedAt;

    @ElementCollection
    @CollectionTable(name = "block", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Block> blocks = new ArrayList<>();

    protected Article() {
    }

    public Long getId() {
        return id;
    }

    public Source getSource() {
        return source;
    }

    public String getOrigin() {
        return origin;
    }

    public String getTitle() {
        return title;
    }

    public boolean isTitleDerived() {
        return titleDerived;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getLanguage() {
        return language;
    }

    public String getExtraction() {
        return extraction;
    }

    public String getRawText() {
        return rawText;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getWordCount() {
        return wordCount;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public List<Block> getBlocks() {
        return List.copyOf(blocks);
    }
}
