package dev.parallax.story;

import dev.parallax.article.ArticleDetail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * When a report came out. Reports of one event, from whatever angle, come within days of each other; a later event
 * of the same kind or place (an appeal months after a ruling, aftershocks weeks after a quake) is another story,
 * however alike the words. A report without a date can be of any time.
 */
record EventTiming(LocalDate published) {

    /** Reports of one event come out within this many days of each other. */
    static final int MAX_DAYS_APART = 2;
    /** Texts this alike are one text published again (syndicated, or updated), whenever they came out. */
    static final double SAME_TEXT = 0.8;

    static EventTiming of(ArticleDetail article) {
        try {
            return new EventTiming(article.publishedOn() == null ? null : LocalDate.parse(article.publishedOn()));
        } catch (DateTimeParseException unreadable) {
            return new EventTiming(null);
        }
    }

    /** Whether two reports, alike in words to the given degree, may report one event by when they came out. */
    boolean mayBeOneEventWith(EventTiming other, double similarity) {
        return similarity >= SAME_TEXT || published == null || other.published == null
                || Math.abs(ChronoUnit.DAYS.between(published, other.published)) <= MAX_DAYS_APART;
    }
}
