package dev.parallax.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One unit of an article in reading order: a headline, a heading, a paragraph, a question or a related link. */
@Embeddable
public class Block {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BlockKind kind;

    @Column(nullable = false)
    private String text;

    protected Block() {
    }

    public Block(BlockKind kind, String text) {
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
    }

    public BlockKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return kind + ": " + text;
    }
}
