package dev.parallax.compare;

/**
 * A figure an article states: its words as written, its value, its unit, the value in the unit the dimension is
 * compared in, and the word that says what it counts or measures.
 */
public record Quantity(long articleId, int blockIndex, String text, double value, String unit, double normalized,
                       String normalizedUnit, Dimension dimension, String label, String sentence) {

    /** What kind of figure: only figures of one dimension (and one currency) can agree or differ. */
    public enum Dimension { LENGTH, AREA, MASS, DURATION, MONEY, PERCENT, COUNT }

    /** The key that figures must share to be compared: dimension, and for money the currency. */
    String comparableKind() {
        return dimension == Dimension.MONEY ? dimension + ":" + normalizedUnit : dimension.name();
    }
}
