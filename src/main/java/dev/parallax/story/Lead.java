package dev.parallax.story;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.text.SentenceEmbeddings;
import dev.parallax.text.WordList;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a report opens: its headline and first paragraph, the names in them, and the day it came out. Two reports of
 * one event from different angles (the toll, the rescue, the damage) may share too few words to be grouped by them,
 * but they came out within days, name the same place or people in their opening, and open alike by meaning.
 */
record Lead(String text, Set<String> names, LocalDate published) {

    /**
     * Leads this alike by the sentence model may tell of one event, when they name the same and came out close
     * together. The model tells the kind of event more than the event (two quakes open more alike than two angles on
     * one), so the names decide and the model only rules out openings about something else.
     */
    static final double ALIKE = 0.5;
    /** Name words two openings must share: a place and its region, a person and a place. */
    static final int SHARED_NAMES = 2;
    static final int MAX_DAYS_APART = 1;
    private static final int MAX_CHARS = 400;
    private static final Pattern NAME_WORD = Pattern.compile("(?<![.!?]\\s)(?<!^)\\b\\p{Lu}[\\p{L}’'-]{2,}");
    private static final WordList CALENDAR = WordList.load("calendar-words");

    static Lead of(ArticleDetail article) {
        String paragraph = article.blocks().stream().filter(block -> block.kind() == BlockKind.PARAGRAPH)
                .map(ArticleDetail.BlockView::text).findFirst().orElse("");
        String text = (article.summary().title() + ". " + paragraph);
        text = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Set<String> names = new HashSet<>();
        Matcher name = NAME_WORD.matcher(paragraph.length() > MAX_CHARS ? paragraph.substring(0, MAX_CHARS) : paragraph);
        while (name.find()) {
            String word = name.group().toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (!CALENDAR.contains(word)) {
                names.add(word);
            }
        }
        LocalDate published = null;
        try {
            published = article.publishedOn() == null ? null : LocalDate.parse(article.publishedOn());
        } catch (DateTimeParseException unreadable) {
            // an undated report gets no second chance
        }
        return new Lead(text, names, published);
    }

    /** Whether two reports that share few words still tell of one event: see the class comment. */
    boolean oneEventWith(Lead other) {
        if (published == null || other.published == null
                || Math.abs(ChronoUnit.DAYS.between(published, other.published)) > MAX_DAYS_APART) {
            return false;
        }
        Set<String> shared = new HashSet<>(names);
        shared.retainAll(other.names);
        if (shared.size() < SHARED_NAMES) {
            return false;
        }
        List<float[]> vectors = SentenceEmbeddings.embed(List.of(text, other.text));
        return SentenceEmbeddings.cosine(vectors.get(0), vectors.get(1)) >= ALIKE;
    }
}
