package dev.parallax.compare;

import java.util.List;

/**
 * What a reader comes to a story for, computed with its comparison: the few sentences most outlets carry, as an
 * article wrote them; where the outlets differ, each outlet's figure with its sentence and time; what only one
 * outlet reports; the coverage in the order it came out; and the outlets. Every line rests on what the comparison
 * stands behind: copies of one text count as one outlet, and no sentence with a disputed figure is said to be shared.
 */
public record Digest(List<Line> agreed, List<Difference> differ, List<Only> onlyOne, List<Report> timeline,
                     List<Outlet> outlets) {

    /** A sentence several outlets carry, as one of them wrote it (the passage linked), and who carries it. */
    public record Line(String text, long articleId, int blockIndex, List<Long> articleIds, List<String> sources) {
    }

    /** Where the outlets differ, in plain words, with every outlet's claim. */
    public record Difference(String text, Kind kind, String label, List<Claim> claims) {

        public enum Kind { FIGURE, QUOTE, NAME }
    }

    /** One outlet's side of a difference: its figure (or wording) as written, its sentence, and when it said so. */
    public record Claim(long articleId, String source, String text, String sentence, int blockIndex, String published) {
    }

    /** A notable sentence only one outlet carries. */
    public record Only(long articleId, String source, String text, int blockIndex) {
    }

    /** A report in the coverage's timeline, and what it added to the reports before it. */
    public record Report(long articleId, String source, String title, String published, boolean firstReport,
                         List<String> added) {
    }

    public record Outlet(String source, List<Long> articleIds) {
    }

    static final Digest EMPTY = new Digest(List.of(), List.of(), List.of(), List.of(), List.of());
}
