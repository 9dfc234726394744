package dev.parallax.text;

import java.util.List;

/**
 * A figure a sentence states: where it stands, its value and unit, the value in the unit its dimension is compared
 * in, how exact it claims to be, and what it measures: the noun it counts or modifies ("workers", "ship"), the
 * words before it that narrow that noun (stems: "north", "korean"), words that make it a part or a change rather than
 * a whole ("other", "combined", "fewer"), the words around it that say its role (stems: "pull", "water"), a rate
 * ("a day") and a time zone where it has one.
 *
 * @param normalized for a time of day, minutes after midnight in its zone (UTC when the zone is known)
 */
public record QuantityMention(Span span, double value, Dimension dimension, String unit, double normalized,
                              String normalizedUnit, Hedge hedge, String per, String zone, String thing,
                              List<String> modifiers, List<String> qualifiers, List<String> context) {

    /** The key figures must share to be compared: dimension, currency or unit family, and rate. */
    public String comparableKind() {
        String kind = dimension == Dimension.MONEY ? dimension + ":" + normalizedUnit : dimension.name();
        return per == null ? kind : kind + "/" + per;
    }
}
