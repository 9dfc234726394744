package dev.parallax.compare;

import dev.parallax.text.Dimension;
import dev.parallax.text.MeasureUnits;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a figure reads to a reader: as its source wrote it, and where the other sources of its group wrote theirs in
 * another unit, the same figure in their units at the precision it was written to: "948-foot-long (289 m)",
 * "36 months (3 years)". Never a unit nobody wrote, never more digits than the source gave.
 */
public final class FigureDisplay {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
    private static final Map<String, String> DURATION_WORDS = Map.of("s", "seconds", "min", "minutes", "h", "hours",
            "d", "days", "wk", "weeks", "mo", "months", "yr", "years", "decade", "decades");

    private FigureDisplay() {
    }

    /** A figure with its value in the other units its group was written in. */
    public static String of(StoryComparison.NumberValue value, Collection<StoryComparison.NumberValue> group, Dimension dimension) {
        List<String> converted = new ArrayList<>();
        if (value.unit() != null && dimension != Dimension.MONEY && dimension != Dimension.TIME_OF_DAY) {
            for (String unit : otherUnits(value, group)) {
                MeasureUnits.convert(value.value(), value.unit(), unit)
                        .ifPresent(number -> converted.add(format(number, decimalsOf(value.text())) + " " + unitWord(unit, dimension)));
            }
        }
        return converted.isEmpty() ? value.text() : value.text() + " (" + String.join(", ", converted) + ")";
    }

    /** The figures of a group, each once per value and unit as written, in the order given. */
    public static List<String> values(StoryComparison.NumberGroup group) {
        Set<String> shown = new LinkedHashSet<>();
        group.values().forEach(value -> shown.add(of(value, group.values(), group.dimension())));
        return List.copyOf(shown);
    }

    private static Set<String> otherUnits(StoryComparison.NumberValue value, Collection<StoryComparison.NumberValue> group) {
        Set<String> units = new LinkedHashSet<>();
        group.stream().map(StoryComparison.NumberValue::unit)
                .filter(unit -> unit != null && !unit.equals(value.unit())).forEach(units::add);
        return units;
    }

    private static String unitWord(String symbol, Dimension dimension) {
        return dimension == Dimension.DURATION || dimension == Dimension.AGE ? DURATION_WORDS.getOrDefault(symbol, symbol) : symbol;
    }

    /** How many decimals the figure was written with: "1.6 miles" has one, "948 feet" none. */
    static int decimalsOf(String written) {
        Matcher number = NUMBER.matcher(written);
        return number.find() && number.group(1) != null ? number.group(1).length() : 0;
    }

    static String format(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** A figure's unit in words for durations, else its symbol; for labels and sentences. */
    static Optional<String> unitOf(StoryComparison.NumberValue value, Dimension dimension) {
        return Optional.ofNullable(value.unit()).map(unit -> unitWord(unit, dimension));
    }
}
