package dev.parallax.text;

import java.util.List;

/**
 * A figure a sentence states: where it stands, its value and unit, the value in the unit its dimension is compared
 * in, how exact it claims to be, and what it measures: the noun it counts or modifies ("workers", "ship"), the
 * words before it that narrow that noun (stems: "north", "korean"), words that make it a part or a change rather than
 * a whole ("other", "combined", "fewer"), what is said of it (the verb or adjective that tells its role: "rescued",
 * "missing"), the words around it (stems: "pull", "water"), a rate ("a day") and a time zone where it has one.
 *
 * Its frame says when, how and by whom it is held (a year recalled, a sum sought, an analysts' forecast).
 *
 * @param normalized for a time of day, minutes after midnight in its zone (UTC when the zone is known)
 */
public record QuantityMention(Span span, double value, Dimension dimension, String unit, double normalized,
                              String normalizedUnit, Hedge hedge, String per, String zone, String thing,
                              List<String> modifiers, List<String> qualifiers, String role, List<String> context,
                              Frame frame) {

    public QuantityMention {
        frame = frame == null ? Frame.NOW : frame;
    }

    /** A figure in the frame of the report itself, until its frame is found. */
    QuantityMention(Span span, double value, Dimension dimension, String unit, double normalized, String normalizedUnit,
                    Hedge hedge, String per, String zone, String thing, List<String> modifiers, List<String> qualifiers,
                    String role, List<String> context) {
        this(span, value, dimension, unit, normalized, normalizedUnit, hedge, per, zone, thing, modifiers, qualifiers, role,
                context, Frame.NOW);
    }

    QuantityMention inFrame(Frame found) {
        return new QuantityMention(span, value, dimension, unit, normalized, normalizedUnit, hedge, per, zone, thing,
                modifiers, qualifiers, role, context, found);
    }

    /** The key figures must share to be compared: dimension, currency or unit family, and rate. */
    public String comparableKind() {
        String kind = dimension == Dimension.MONEY ? dimension + ":" + normalizedUnit : dimension.name();
        return per == null ? kind : kind + "/" + per;
    }
}
