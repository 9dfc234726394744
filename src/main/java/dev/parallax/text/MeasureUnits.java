package dev.parallax.text;

import systems.uom.common.USCustomary;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units news writes figures in, as written ("feet", "km", "knots"), with the dimension each measures and how
 * to convert it: Indriya and systems-common do the arithmetic, so 300 km and 186 miles compare as lengths.
 */
public final class MeasureUnits {

    /** A unit as written, what it measures, its short symbol, and the unit its dimension is compared in. */
    record MeasureUnit(Dimension dimension, String symbol, Unit<?> unit, Unit<?> normalUnit, String normalSymbol) {

        double normalise(double value) {
            return convert(value, unit, normalUnit);
        }
    }

    private static final Unit<?> KILOMETRE = MetricPrefix.KILO(Units.METRE);
    private static final Unit<?> SQUARE_KILOMETRE = KILOMETRE.pow(2);
    private static final Map<String, MeasureUnit> BY_WORD = new HashMap<>();
    private static final Map<String, MeasureUnit> BY_SYMBOL = new HashMap<>();

    static {
        length(KILOMETRE, "km", "km", "kilometer", "kilometers", "kilometre", "kilometres");
        length(Units.METRE, "m", "m", "meter", "meters", "metre", "metres");
        length(MetricPrefix.CENTI(Units.METRE), "cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        length(USCustomary.MILE, "mi", "mile", "miles", "mi");
        length(USCustomary.NAUTICAL_MILE, "nmi", "nautical mile", "nautical miles");
        length(USCustomary.FOOT, "ft", "foot", "feet", "ft");
        length(USCustomary.INCH, "in", "inch", "inches");
        length(USCustomary.YARD, "yd", "yard", "yards");
        area(SQUARE_KILOMETRE, "km²", "km²", "km2", "sq km", "sq. km", "square kilometer", "square kilometers", "square kilometre",
                "square kilometres");
        area(USCustomary.MILE.pow(2), "sq mi", "square mile", "square miles", "sq mi", "sq. mi");
        area(USCustomary.ACRE, "acre", "acre", "acres");
        area(USCustomary.HECTARE, "ha", "hectare", "hectares");
        area(USCustomary.SQUARE_FOOT, "sq ft", "square foot", "square feet", "sq ft");
        put(Dimension.MASS, Units.KILOGRAM, "kg", Units.KILOGRAM, "kg", "kg", "kilogram", "kilograms", "kilo", "kilos");
        put(Dimension.MASS, MetricPrefix.KILO(Units.KILOGRAM), "t", Units.KILOGRAM, "kg", "tonne", "tonnes", "metric ton",
                "metric tons");
        put(Dimension.MASS, USCustomary.TON, "ton", Units.KILOGRAM, "kg", "ton", "tons");
        put(Dimension.MASS, USCustomary.POUND, "lb", Units.KILOGRAM, "kg", "pound", "pounds", "lb", "lbs");
        put(Dimension.VOLUME, Units.LITRE, "l", Units.LITRE, "l", "liter", "liters", "litre", "litres");
        put(Dimension.VOLUME, USCustomary.GALLON_LIQUID, "gal", Units.LITRE, "l", "gallon", "gallons");
        put(Dimension.VOLUME, USCustomary.BARREL, "bbl", Units.LITRE, "l", "barrel", "barrels");
        put(Dimension.SPEED, Units.KILOMETRE_PER_HOUR, "km/h", Units.KILOMETRE_PER_HOUR, "km/h", "km/h", "kph",
                "kilometers per hour", "kilometres per hour");
        put(Dimension.SPEED, USCustomary.MILE_PER_HOUR, "mph", Units.KILOMETRE_PER_HOUR, "km/h", "mph", "miles per hour");
        put(Dimension.SPEED, USCustomary.KNOT, "kn", Units.KILOMETRE_PER_HOUR, "km/h", "knot", "knots");
        put(Dimension.TEMPERATURE, Units.CELSIUS, "°C", Units.CELSIUS, "°C", "°c", "degrees celsius", "celsius");
        put(Dimension.TEMPERATURE, USCustomary.FAHRENHEIT, "°F", Units.CELSIUS, "°C", "°f", "degrees fahrenheit",
                "fahrenheit");
        duration(Units.SECOND, "s", "second", "seconds");
        duration(Units.MINUTE, "min", "minute", "minutes");
        duration(Units.HOUR, "h", "hour", "hours");
        duration(Units.DAY, "d", "day", "days");
        duration(Units.WEEK, "wk", "week", "weeks");
        duration(Units.DAY.multiply(30.436875), "mo", "month", "months");
        duration(Units.YEAR, "yr", "year", "years");
        duration(Units.YEAR.multiply(10), "decade", "decade", "decades");
    }

    private MeasureUnits() {
    }

    static Optional<MeasureUnit> of(String written) {
        return Optional.ofNullable(BY_WORD.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    /**
     * A value in one unit expressed in another of the same dimension, by their symbols ("ft" to "m"); empty when
     * either is unknown or they measure different things.
     */
    public static Optional<Double> convert(double value, String fromSymbol, String toSymbol) {
        MeasureUnit from = BY_SYMBOL.get(fromSymbol);
        MeasureUnit to = BY_SYMBOL.get(toSymbol);
        if (from == null || to == null || from.dimension() != to.dimension()) {
            return Optional.empty();
        }
        return Optional.of(convert(value, from.unit(), to.unit()));
    }

    /** Every way a unit is written, longest first, for building patterns. */
    static List<String> writtenForms() {
        return BY_WORD.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static void length(Unit<?> unit, String symbol, String... written) {
        put(Dimension.LENGTH, unit, symbol, KILOMETRE, "km", written);
    }

    private static void area(Unit<?> unit, String symbol, String... written) {
        put(Dimension.AREA, unit, symbol, SQUARE_KILOMETRE, "km²", written);
    }

    private static void duration(Unit<?> unit, String symbol, String... written) {
        put(Dimension.DURATION, unit, symbol, Units.DAY, "d", written);
    }

    private static void put(Dimension dimension, Unit<?> unit, String symbol, Unit<?> normal, String normalSymbol,
                            String... written) {
        MeasureUnit measure = new MeasureUnit(dimension, symbol, unit, normal, normalSymbol);
        BY_SYMBOL.putIfAbsent(symbol, measure);
        for (String form : written) {
            BY_WORD.put(form, measure);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double convert(double value, Unit<?> from, Unit<?> to) {
        return Quantities.getQuantity(value, (Unit) from).to((Unit) to).getValue().doubleValue();
    }
}
