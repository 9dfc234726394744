package dev.parallax.compare;

import dev.parallax.compare.Quantity.Dimension;
import dev.parallax.text.ContentWords;
import systems.uom.common.USCustomary;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Finds the figures in a sentence: digits ("12,000", "1.5") or words ("eleven", "two million"), with a currency
 * sign, a scale word and a unit around them, and the noun that says what they count. Units are converted with
 * Indriya (and systems-common for miles and acres), so that 300 km and 186 miles can be compared as lengths.
 */
final class QuantityExtractor {

    /** A unit as written, the measure it belongs to and how to read it. */
    private record UnitWord(Dimension dimension, Unit<?> unit, String symbol) {
    }

    private static final Unit<?> KILOMETRE = MetricPrefix.KILO(Units.METRE);
    private static final Unit<?> SQUARE_KILOMETRE = KILOMETRE.pow(2);

    private static final Map<String, UnitWord> UNITS = Map.ofEntries(
            entry("km", new UnitWord(Dimension.LENGTH, KILOMETRE, "km")),
            entry("kilometers", new UnitWord(Dimension.LENGTH, KILOMETRE, "km")),
            entry("kilometres", new UnitWord(Dimension.LENGTH, KILOMETRE, "km")),
            entry("kilometer", new UnitWord(Dimension.LENGTH, KILOMETRE, "km")),
            entry("kilometre", new UnitWord(Dimension.LENGTH, KILOMETRE, "km")),
            entry("m", new UnitWord(Dimension.LENGTH, Units.METRE, "m")),
            entry("meters", new UnitWord(Dimension.LENGTH, Units.METRE, "m")),
            entry("metres", new UnitWord(Dimension.LENGTH, Units.METRE, "m")),
            entry("miles", new UnitWord(Dimension.LENGTH, USCustomary.MILE, "mi")),
            entry("mile", new UnitWord(Dimension.LENGTH, USCustomary.MILE, "mi")),
            entry("mi", new UnitWord(Dimension.LENGTH, USCustomary.MILE, "mi")),
            entry("feet", new UnitWord(Dimension.LENGTH, USCustomary.FOOT, "ft")),
            entry("ft", new UnitWord(Dimension.LENGTH, USCustomary.FOOT, "ft")),
            entry("km²", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("km2", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("sq km", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("sq. km", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("square kilometers", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("square kilometres", new UnitWord(Dimension.AREA, SQUARE_KILOMETRE, "km²")),
            entry("square miles", new UnitWord(Dimension.AREA, USCustomary.MILE.pow(2), "sq mi")),
            entry("sq mi", new UnitWord(Dimension.AREA, USCustomary.MILE.pow(2), "sq mi")),
            entry("acres", new UnitWord(Dimension.AREA, USCustomary.ACRE, "acre")),
            entry("hectares", new UnitWord(Dimension.AREA, Units.METRE.pow(2).multiply(10_000), "ha")),
            entry("kg", new UnitWord(Dimension.MASS, Units.KILOGRAM, "kg")),
            entry("kilograms", new UnitWord(Dimension.MASS, Units.KILOGRAM, "kg")),
            entry("tonnes", new UnitWord(Dimension.MASS, MetricPrefix.KILO(Units.KILOGRAM), "t")),
            entry("tons", new UnitWord(Dimension.MASS, USCustomary.TON, "ton")),
            entry("days", new UnitWord(Dimension.DURATION, Units.DAY, "d")),
            entry("day", new UnitWord(Dimension.DURATION, Units.DAY, "d")),
            entry("weeks", new UnitWord(Dimension.DURATION, Units.WEEK, "wk")),
            entry("months", new UnitWord(Dimension.DURATION, Units.DAY.multiply(30.436875), "mo")),
            entry("years", new UnitWord(Dimension.DURATION, Units.YEAR, "yr")),
            entry("hours", new UnitWord(Dimension.DURATION, Units.HOUR, "h")));

    private static final Map<Dimension, Unit<?>> NORMAL_UNIT = Map.of(
            Dimension.LENGTH, KILOMETRE, Dimension.AREA, SQUARE_KILOMETRE, Dimension.MASS, Units.KILOGRAM,
            Dimension.DURATION, Units.DAY);
    private static final Map<Dimension, String> NORMAL_SYMBOL = Map.of(
            Dimension.LENGTH, "km", Dimension.AREA, "km²", Dimension.MASS, "kg", Dimension.DURATION, "d");

    private static final Map<String, String> CURRENCY_WORDS = Map.of(
            "euros", "EUR", "euro", "EUR", "dollars", "USD", "dollar", "USD", "pounds", "GBP", "hryvnias", "UAH",
            "rubles", "RUB", "roubles", "RUB", "yen", "JPY");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP");
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            entry("one", 1L), entry("two", 2L), entry("three", 3L), entry("four", 4L), entry("five", 5L),
            entry("six", 6L), entry("seven", 7L), entry("eight", 8L), entry("nine", 9L), entry("ten", 10L),
            entry("eleven", 11L), entry("twelve", 12L), entry("thirteen", 13L), entry("fourteen", 14L),
            entry("fifteen", 15L), entry("sixteen", 16L), entry("seventeen", 17L), entry("eighteen", 18L),
            entry("nineteen", 19L), entry("twenty", 20L), entry("thirty", 30L), entry("forty", 40L),
            entry("fifty", 50L), entry("sixty", 60L), entry("seventy", 70L), entry("eighty", 80L),
            entry("ninety", 90L), entry("hundred", 100L), entry("dozen", 12L));
    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9);

    private static final String NUMBER_WORD = "(?:" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<sign>US\\$|[$€£])?\\s?"
                    + "(?<number>(?<![\\p{L}\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\d.,])\\d+(?:\\.\\d+)?"
                    + "|\\b" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + ")?\\b)"
                    + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn)\\b)?"
                    + "(?<unit>\\s?(?:km²|km2|sq\\.? km|sq mi|square (?:kilomet(?:er|re)s|miles)|km|kilomet(?:er|re)s?|metres|meters|m"
                    + "|miles?|mi|feet|ft|acres|hectares|kg|kilograms|tonnes|tons|days?|weeks|months|years|hours"
                    + "|euros?|dollars?|pounds|hryvnias|r[ou]?ubles|yen|%|percent|per cent)(?![\\p{L}\\d]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTED_NOUN = Pattern.compile("^\\s+(?:more |other |new |additional |of (?:the|its|their) )?([\\p{L}][\\p{L}’'-]+)");
    private static final Pattern RATE = Pattern.compile("^\\s+(a|per) (day|week|month|year)\\b", Pattern.CASE_INSENSITIVE);

    List<Quantity> extract(long articleId, int blockIndex, String sentence) {
        List<Quantity> found = new ArrayList<>();
        Matcher figure = FIGURE.matcher(sentence);
        int lastEnd = -1;
        while (figure.find()) {
            String numberText = figure.group("number");
            Double number = parseNumber(numberText);
            if (number == null || figure.start() < lastEnd) {
                continue;
            }
            String sign = figure.group("sign");
            String scale = figure.group("scale");
            String unitText = figure.group("unit") == null ? null : figure.group("unit").strip().toLowerCase(Locale.ROOT);
            double value = number * (scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT)));
            String after = sentence.substring(figure.end());
            if (isYearOrOrdinal(numberText, scale, unitText, sign, after)) {
                continue;
            }
            Quantity quantity = quantity(articleId, blockIndex, sentence, figure, value, sign, unitText, after);
            if (quantity != null) {
                found.add(quantity);
                lastEnd = figure.end();
                // "300 km (186 miles)": the figure in brackets restates the same one.
                Matcher restated = Pattern.compile("^\\s*\\((?:approximately |about |around |roughly |some )?([^)]{1,40})\\)").matcher(after);
                if (restated.find()) {
                    lastEnd = figure.end() + restated.end();
                }
            }
        }
        return found;
    }

    private Quantity quantity(long articleId, int blockIndex, String sentence, Matcher figure, double value, String sign,
                              String unitText, String after) {
        String text = figure.group().strip();
        String currency = sign != null ? CURRENCY_SIGNS.get(sign) : unitText == null ? null : CURRENCY_WORDS.get(unitText);
        String before = sentence.substring(0, figure.start());
        if (currency != null) {
            return new Quantity(articleId, blockIndex, text, value, currency, value, currency, Dimension.MONEY,
                    measuredThing(before, after), sentence);
        }
        if (unitText != null && (unitText.equals("%") || unitText.startsWith("per"))) {
            return new Quantity(articleId, blockIndex, text, value, "%", value, "%", Dimension.PERCENT,
                    measuredThing(before, after), sentence);
        }
        UnitWord unit = unitText == null ? null : UNITS.get(unitText.replaceAll("\\s+", " "));
        if (unit != null) {
            double normalized = convert(value, unit.unit(), NORMAL_UNIT.get(unit.dimension()));
            String label = unit.dimension() == Dimension.DURATION ? "time span" : measuredThing(before, after);
            return new Quantity(articleId, blockIndex, text, value, unit.symbol(), round(normalized),
                    NORMAL_SYMBOL.get(unit.dimension()), unit.dimension(), label, sentence);
        }
        Matcher counted = COUNTED_NOUN.matcher(after);
        boolean loneOne = value == 1 && figure.group("number").equalsIgnoreCase("one");
        if (!loneOne && counted.find() && !isFunctionWord(counted.group(1))) {
            String noun = counted.group(1);
            Matcher rate = RATE.matcher(after.substring(counted.end()));
            String label = noun.toLowerCase(Locale.ROOT) + (rate.find() ? " " + rate.group().strip().toLowerCase(Locale.ROOT) : "");
            return new Quantity(articleId, blockIndex, text + " " + noun, value, null, value, null, Dimension.COUNT,
                    label, sentence);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double convert(double value, Unit<?> from, Unit<?> to) {
        return Quantities.getQuantity(value, (Unit) from).to((Unit) to).getValue().doubleValue();
    }

    /** Words around figures that say how much, not what: never the label. */
    private static final java.util.Set<String> HEDGES = java.util.Set.of("up", "about", "approxim", "around", "nearli",
            "almost", "over", "under", "than", "more", "less", "least", "most", "just", "some", "roughli", "estim",
            "exce", "reach", "total", "onli", "cover", "hold");
    private static final Pattern OF_NOUN = Pattern.compile("^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?([\\p{L}-]+)");

    /** The noun that says what a figure measures: "a range of up to 300 km" measures the range. */
    private static String measuredThing(String before, String after) {
        Matcher of = OF_NOUN.matcher(after);
        if (of.find() && !ContentWords.of(of.group(1)).isEmpty()) {
            return of.group(1).toLowerCase(Locale.ROOT);
        }
        String[] words = lastWords(before, 6).split("[^\\p{L}-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            List<String> stem = ContentWords.of(words[i]);
            if (!stem.isEmpty() && !HEDGES.contains(stem.getFirst()) && Character.isLowerCase(words[i].charAt(0))) {
                return words[i];
            }
        }
        return "figure";
    }

    private static boolean isYearOrOrdinal(String number, String scale, String unit, String sign, String after) {
        boolean bareFourDigits = number.matches("(1[89]|20)\\d\\d") && scale == null && unit == null && sign == null;
        return bareFourDigits || after.matches("^(st|nd|rd|th)\\b.*");
    }

    private static boolean isFunctionWord(String word) {
        return ContentWords.of(word).isEmpty() || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
    }

    private static Double parseNumber(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (Character.isDigit(lower.charAt(0))) {
            return Double.parseDouble(lower.replace(",", ""));
        }
        double total = 0;
        for (String part : lower.split("[- ]")) {
            Long word = NUMBER_WORDS.get(part);
            if (word == null) {
                return null;
            }
            total = word == 100 && total > 0 ? total * 100 : total + word;
        }
        return total;
    }

    private static String lastWords(String text, int count) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - count), words.length));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
