package dev.parallax.text;

import dev.parallax.text.MeasureUnits.MeasureUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;

/**
 * Finds the figures of a sentence: counts, measures ("a 948-foot-long ship", "300 km (186 miles)"), sums of money,
 * percentages, rates ("40,000 barrels a day"), ages, magnitudes and times of day across zones ("1:27 a.m. ET
 * (0527 GMT)"), each with its hedge and with what it measures from the words around it. Years, dates, ordinals,
 * road, flight and model numbers are left out: they are names, not quantities.
 */
final class QuantityFinder {

    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            entry("one", 1L), entry("two", 2L), entry("three", 3L), entry("four", 4L), entry("five", 5L),
            entry("six", 6L), entry("seven", 7L), entry("eight", 8L), entry("nine", 9L), entry("ten", 10L),
            entry("eleven", 11L), entry("twelve", 12L), entry("thirteen", 13L), entry("fourteen", 14L),
            entry("fifteen", 15L), entry("sixteen", 16L), entry("seventeen", 17L), entry("eighteen", 18L),
            entry("nineteen", 19L), entry("twenty", 20L), entry("thirty", 30L), entry("forty", 40L),
            entry("fifty", 50L), entry("sixty", 60L), entry("seventy", 70L), entry("eighty", 80L),
            entry("ninety", 90L), entry("hundred", 100L), entry("dozen", 12L));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "bn", 1e9, "mn", 1e6);
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "c$", "CAD", "a$", "AUD");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(entry("dollar", "USD"),
            entry("dollars", "USD"), entry("euro", "EUR"), entry("euros", "EUR"), entry("pounds sterling", "GBP"),
            entry("yen", "JPY"), entry("yuan", "CNY"), entry("rubles", "RUB"), entry("roubles", "RUB"),
            entry("hryvnias", "UAH"), entry("rupees", "INR"), entry("francs", "CHF"));
    private static final Map<String, String> HEDGES = WordList.loadPairs("hedges");
    private static final Set<String> HEDGE_WORDS = HEDGES.keySet().stream().flatMap(words -> Stream.of(words.split(" ")))
            .collect(Collectors.toSet());
    private static final WordList IDENTIFIER_WORDS = WordList.load("identifier-words");
    private static final WordList CALENDAR = WordList.load("calendar-words");

    private static final String NUMBER_WORD = "(?:" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final String ZONE = "(?:" + TimeZones.alternation(zone -> true) + "|local time)";
    private static final String UNITS = MeasureUnits.writtenForms().stream().map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final String CURRENCY_WORD = CURRENCY_WORDS.keySet().stream().map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?<![\\d:.,])(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s?(?<half>a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am\\b|pm\\b)"
                    + "(?:\\s(?<zone>" + ZONE + ")\\b)?"
                    + "|(?<![\\d:.,])(?<hour24>\\d{1,2}):(?<minute24>\\d{2})(?:\\s(?<zone24>" + ZONE + ")\\b)?(?![\\d:])"
                    + "|(?<![\\d:.,])(?<hhmm>[012]\\d[0-5]\\d)\\s?(?<zoneHhmm>GMT|UTC|Z)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAGNITUDE = Pattern.compile(
            "\\bmagnitude[- ](?<after>\\d{1,2}(?:\\.\\d)?)(?![\\d.]\\d)|(?<![\\d.])(?<before>\\d{1,2}(?:\\.\\d)?)[- ]magnitude\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile(
            "(?<currency>US\\$|C\\$|A\\$|[$€£¥])?"
                    + "(?<number>(?<![\\p{L}\\d.,/#-])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d])"
                    + "|(?<![\\p{L}\\d.,/#-])\\d+(?:\\.\\d+)?(?![\\d,]\\d)"
                    + "|\\b(?:a\\s)?" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + ")?\\b)"
                    + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn)\\b)?"
                    + "(?:-(?<compound>" + UNITS + ")(?:-(?<shape>long|wide|tall|high|deep|thick|old|plus))?\\b"
                    + "|(?<percent>\\s?%|\\s(?:percent|per cent|pct)\\b)"
                    + "|(?<points>\\s(?:percentage points?|basis points?)\\b)"
                    + "|\\s(?<currencyWord>" + CURRENCY_WORD + ")\\b"
                    + "|\\s?(?<unit>" + UNITS + ")(?![\\p{L}\\d]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
    private static final Pattern RATE = Pattern.compile("^\\s(?:a|an|per|each)\\s(second|minute|hour|day|week|month|year)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "948 feet (289 meters)", "8 knots, or about 9 mph": the same figure said again in other units. */
    private static final Pattern RESTATED = Pattern.compile("^(?:\\s?\\(|,?\\s(?:or|and)\\s)(?:about |approximately |roughly |some |around |nearly )?"
            + "(?:US\\$|[$€£])?\\d[\\d,.]*[\\s-]?(?:" + UNITS + "|million|billion|bn|mn|m|%)[^)]{0,12}\\)?", Pattern.CASE_INSENSITIVE);
    /** "1:30 a.m. EDT (0530 GMT)", "3:25 a.m. Moscow time (0025 GMT)": the same time in another zone. */
    private static final Pattern TIME_RESTATED = Pattern.compile("^\\s?\\((?:about |around )?\\d{1,2}[:.]?\\d{2}[^)]{0,20}\\)");
    /** "ruled 6-3", "by five votes to four": a vote, two counts that go together. */
    private static final Pattern TALLY = Pattern.compile(
            "(?<![\\d.,-])(?<for>\\d{1,3}|" + NUMBER_WORD + ")(?:-|–| votes? to | to )(?<against>\\d{1,3}|" + NUMBER_WORD + ")(?![\\d.,-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TALLY_CUE = Pattern.compile(
            "\\b(?:rul(?:ed|ing)|vot(?:e|ed|es|ing)|decision|margin|split|majority|verdict)\\b", Pattern.CASE_INSENSITIVE);
    /** {@link #TALLY_CUE} without its word boundaries: matches wherever any part of the sentence could match it. */
    private static final Pattern TALLY_CUE_ANYWHERE = Pattern.compile(
            "rul(?:ed|ing)|vot(?:e|ed|es|ing)|decision|margin|split|majority|verdict", Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET_AFTER = Pattern.compile(
            "^\\s(?:\\p{Lu}[\\p{L}.]*\\s){1,3}(?:Street|St\\.|Avenue|Ave\\.|Boulevard|Blvd\\.|Road|Rd\\.|Lane|Drive|Dr\\.|Way|Place|Square)(?!\\p{L})");
    private static final Pattern PURPOSE = Pattern.compile("^\\s(?:in (?:exchange|return) for|in|for|of)\\s");
    /** "two-tenths of a point", "three-quarters": a fraction, not a count. */
    private static final Pattern FRACTION_AFTER = Pattern.compile("-(?:halves|thirds?|quarters?|fifths?|tenths?|hundredths?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "110km (70 miles) from the border": a distance is measured from something. */
    private static final Pattern DISTANCE_FROM = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:away\\s)?(?:from|north of|south of|east of|west of|off)\\s(?:the\\s|a\\s)?([\\p{L}-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_AFTER = Pattern.compile("^(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern NEXT_YEAR = Pattern.compile("^,?\\s(?:1[89]|20)\\d\\d\\b");
    private static final Pattern DECADE_OR_RANGE_AFTER = Pattern.compile("^(?:s\\b|-\\d|–\\d|/\\d|\\.\\d)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)\\s*$");
    private static final int CONTEXT_TOKENS = 8;
    private static final WordList QUALIFIERS = WordList.load("figure-qualifiers");
    private static final WordList FUNCTION_WORDS = WordList.load("function-words");

    /** The noun a figure counts or measures, and the words before it that narrow it down ("North Korean"). */
    private record NounPhrase(String head, List<String> modifiers) {

        static final NounPhrase NONE = new NounPhrase(null, List.of());

        static NounPhrase of(String head) {
            return new NounPhrase(head, List.of());
        }
    }

    private QuantityFinder() {
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A time zone's abbreviation, as written after a time: "ET", "GMT". */
    static boolean isTimeZone(String word) {
        return word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT)) && TimeZones.isZone(word);
    }

    /**
     * The figures of one sentence, whose tokens are given, each in its frame; people are the spans of the block's
     * names of people, holders the names of people, organisations and things by span (who may hold an estimate or
     * a demand), places the names of places by span.
     */
    static List<QuantityMention> find(String text, Span sentence, List<Token> tokens, List<Span> people,
                                      Map<Span, String> holders, Map<Span, String> places) {
        String s = sentence.of(text);
        List<QuantityMention> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        // Patterns that cannot match are not run: times and magnitudes need a digit, and a tally a cue that a
        // sentence without any of the cue's stems cannot hold (most sentences hold no figure at all).
        boolean digits = hasDigit(s);
        if (digits) {
            times(text, sentence, s, tokens, found, taken);
        }
        if (TALLY_CUE_ANYWHERE.matcher(s).find()) {
            tallies(text, sentence, s, tokens, found, taken);
        }
        if (digits) {
            magnitudes(text, sentence, s, tokens, found, taken);
        }
        figures(text, sentence, s, tokens, people, found, taken);
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found.stream().map(quantity -> quantity.inFrame(FrameFinder.of(tokens, quantity.span(), holders, places))).toList();
    }

    private static void times(String text, Span sentence, String s, List<Token> tokens, List<QuantityMention> found,
                              List<Span> taken) {
        Matcher time = TIME_OF_DAY.matcher(s);
        while (time.find()) {
            int hour;
            int minute;
            String zone;
            if (time.group("hour") != null) {
                hour = Integer.parseInt(time.group("hour"));
                minute = time.group("minute") == null ? 0 : Integer.parseInt(time.group("minute"));
                boolean afternoon = time.group("half").toLowerCase(Locale.ROOT).startsWith("p");
                if (hour < 1 || hour > 12) {
                    continue;
                }
                hour = hour % 12 + (afternoon ? 12 : 0);
                zone = time.group("zone");
            } else if (time.group("hour24") != null) {
                hour = Integer.parseInt(time.group("hour24"));
                minute = Integer.parseInt(time.group("minute24"));
                zone = time.group("zone24");
            } else {
                hour = Integer.parseInt(time.group("hhmm").substring(0, 2));
                minute = Integer.parseInt(time.group("hhmm").substring(2));
                zone = time.group("zoneHhmm");
            }
            Span span = new Span(sentence.start() + time.start(), sentence.start() + time.end());
            if (hour > 23 || minute > 59 || overlapsAny(span, taken)) {
                continue;
            }
            taken.add(span);
            String zoneKey = zone == null || zone.equalsIgnoreCase("local time") ? null : zone.toLowerCase(Locale.ROOT);
            int minutes = hour * 60 + minute;
            found.add(new QuantityMention(span, minutes, Dimension.TIME_OF_DAY, "time", minutes, "min",
                    hedgeBefore(s, time.start()), null, zoneKey, null, List.of(), List.of(), null, context(text, tokens, span)));
            Matcher restated = TIME_RESTATED.matcher(s.substring(time.end()));
            if (restated.find()) {
                taken.add(new Span(span.end(), span.end() + restated.end()));
            }
        }
    }

    /** A vote's tally: its normalized value is for × 1000 + against, so that tallies compare as pairs. */
    private static void tallies(String text, Span sentence, String s, List<Token> tokens, List<QuantityMention> found,
                                List<Span> taken) {
        Matcher tally = TALLY.matcher(s);
        while (tally.find()) {
            int around = Math.max(0, tally.start() - 30);
            boolean cued = TALLY_CUE.matcher(s.substring(around, Math.min(s.length(), tally.end() + 20))).find();
            Double votesFor = parseNumber(tally.group("for"));
            Double votesAgainst = parseNumber(tally.group("against"));
            if (!cued || votesFor == null || votesAgainst == null || votesFor < votesAgainst) {
                continue;
            }
            Span span = new Span(sentence.start() + tally.start(), sentence.start() + tally.end());
            taken.add(span);
            found.add(new QuantityMention(span, votesFor, Dimension.TALLY, "votes", votesFor * 1000 + votesAgainst, "votes",
                    Hedge.EXACT, null, null, "vote", List.of(), List.of(), null, context(text, tokens, span)));
        }
    }

    private static void magnitudes(String text, Span sentence, String s, List<Token> tokens, List<QuantityMention> found,
                                   List<Span> taken) {
        Matcher magnitude = MAGNITUDE.matcher(s);
        while (magnitude.find()) {
            String number = magnitude.group("after") != null ? magnitude.group("after") : magnitude.group("before");
            Span span = new Span(sentence.start() + magnitude.start(), sentence.start() + magnitude.end());
            if (overlapsAny(span, taken)) {
                continue;
            }
            taken.add(span);
            double value = Double.parseDouble(number);
            NounPhrase shock = nounAfter(tokens, span); // "a magnitude 6.8 earthquake", "a 4.9 aftershock"
            found.add(new QuantityMention(span, value, Dimension.MAGNITUDE, "magnitude", value, "magnitude",
                    hedgeBefore(s, magnitude.start()), null, null, shock.head() == null ? "magnitude" : shock.head(),
                    shock.modifiers(), qualifiers(tokens, span), null, context(text, tokens, span)));
        }
    }

    private static void figures(String text, Span sentence, String s, List<Token> tokens, List<Span> people,
                                List<QuantityMention> found, List<Span> taken) {
        Matcher figure = FIGURE.matcher(s);
        while (figure.find()) {
            Span span = new Span(sentence.start() + figure.start(), sentence.start() + figure.end());
            if (figure.group().isBlank() || overlapsAny(span, taken)) {
                continue;
            }
            String numberText = figure.group("number");
            Double number = parseNumber(numberText);
            if (number == null || isIdentifier(s, figure, numberText, tokens, sentence)
                    || FRACTION_AFTER.matcher(s.substring(figure.end())).lookingAt()) {
                continue;
            }
            String scale = figure.group("scale");
            double value = number * (scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT)));
            String after = s.substring(figure.end());
            Optional<QuantityMention> quantity = quantity(text, sentence, s, tokens, people, figure, span, value, after);
            quantity.ifPresent(found::add);
            if (quantity.isPresent()) {
                taken.add(span);
                skipRestatement(s, figure.end(), sentence, taken);
            }
        }
    }

    private static Optional<QuantityMention> quantity(String text, Span sentence, String s, List<Token> tokens,
                                                      List<Span> people, Matcher figure, Span span, double value,
                                                      String after) {
        Hedge hedge = hedgeBefore(s, figure.start());
        List<String> context = context(text, tokens, span);
        List<String> qualifiers = qualifiers(tokens, span);
        String currency = figure.group("currency") != null ? CURRENCY_SIGNS.get(figure.group("currency").toLowerCase(Locale.ROOT))
                : figure.group("currencyWord") != null ? CURRENCY_WORDS.get(figure.group("currencyWord").toLowerCase(Locale.ROOT))
                : null;
        Matcher rate = RATE.matcher(after);
        String per = rate.find() ? rate.group(1).toLowerCase(Locale.ROOT) : null;
        if (currency != null) {
            // "$60 million in aid", "a fine of $5,000": what the money is for.
            Matcher preposition = PURPOSE.matcher(after);
            NounPhrase purpose = nounAfter(tokens, preposition.find() ? new Span(span.end(), span.end() + preposition.end()) : span);
            NounPhrase owner = ofBefore(tokens, span);
            NounPhrase thing = owner.head() != null ? owner : purpose.head() != null ? purpose : nounBefore(tokens, span);
            return Optional.of(new QuantityMention(span, value, Dimension.MONEY, currency, value, currency, hedge, per,
                    null, thing.head(), thing.modifiers(), qualifiers, role(tokens, span), context));
        }
        if (figure.group("percent") != null || figure.group("points") != null) {
            Dimension dimension = figure.group("percent") != null ? Dimension.PERCENT : Dimension.PERCENTAGE_POINTS;
            String unit = dimension == Dimension.PERCENT ? "%" : "pt";
            // A basis point is a hundredth of a percentage point.
            double points = figure.group("points") != null && figure.group("points").toLowerCase(Locale.ROOT).contains("basis")
                    ? value / 100 : value;
            NounPhrase thing = nounBefore(tokens, span);
            return Optional.of(new QuantityMention(span, value, dimension, unit, points, unit, hedge, per, null,
                    thing.head(), thing.modifiers(), qualifiers, role(tokens, span), context));
        }
        String unitText = figure.group("compound") != null ? figure.group("compound") : figure.group("unit");
        Optional<MeasureUnit> unit = unitText == null ? Optional.empty() : MeasureUnits.of(unitText);
        if (unit.isPresent()) {
            MeasureUnit measure = unit.get();
            boolean compound = figure.group("compound") != null;
            if (measure.dimension() == Dimension.DURATION && compound && "old".equalsIgnoreCase(figure.group("shape"))) {
                double years = measure.normalise(value) / 365.2425;
                NounPhrase person = nounAfter(tokens, span);
                return Optional.of(new QuantityMention(span, value, Dimension.AGE, "yr", Math.round(years * 10) / 10.0,
                        "yr", hedge, null, null, person.head() == null ? "age" : person.head(), person.modifiers(), qualifiers, role(tokens, span), context));
            }
            // "a 948-foot-long ship" measures the ship; "a range of 300 km" the range; "110km from the border" a distance.
            Matcher distance = DISTANCE_FROM.matcher(after);
            NounPhrase thing = compound ? nounAfter(tokens, span)
                    : measure.dimension() == Dimension.LENGTH && distance.find() ? NounPhrase.of("from " + distance.group(1).toLowerCase(Locale.ROOT))
                    : nounOf(tokens, span);
            return Optional.of(new QuantityMention(span, value, measure.dimension(), measure.symbol(),
                    round(measure.normalise(value)), measure.normalSymbol(), hedge, per, null, thing.head(), thing.modifiers(),
                    qualifiers, role(tokens, span), context));
        }
        if (figure.group("unit") != null || figure.group("compound") != null) {
            return Optional.empty();
        }
        List<String> aged = personBeforeAge(s, figure, after, value, tokens, sentence, people);
        if (!aged.isEmpty()) {
            return Optional.of(new QuantityMention(span, value, Dimension.AGE, "yr", value, "yr", hedge, null, null,
                    "age", aged, qualifiers, role(tokens, span), context));
        }
        // A count: the noun it counts must follow ("six workers", "10,000 North Koreans"), or precede ("the toll rose to 11").
        NounPhrase counted = nounAfter(tokens, span);
        boolean spelledOne = value == 1 && figure.group("number").toLowerCase(Locale.ROOT).endsWith("one");
        if (spelledOne && (counted.head() == null || after.matches("^\\s+of\\b.*"))) {
            return Optional.empty(); // "one of them", "no one": not a count
        }
        NounPhrase thing = counted.head() != null ? counted : nounBefore(tokens, span);
        if (thing.head() == null && !hasVerbNearby(tokens, span)) {
            return Optional.empty();
        }
        return Optional.of(new QuantityMention(span, value, Dimension.COUNT, null, value, null, hedge, per, null,
                thing.head(), thing.modifiers(), qualifiers, role(tokens, span), context));
    }

    /**
     * The words of the person whose age a number gives when it stands between commas right after that person's name,
     * as news writes ages ("Alejandro Hernandez Fuentes, 35, of Baltimore"); none otherwise: after a place or a team
     * ("Texas, 12,") a number is no age. The whole name, not the surname: a husband and a wife of one surname are two
     * ages, never one figure that differs.
     */
    private static List<String> personBeforeAge(String s, Matcher figure, String after, double value, List<Token> tokens,
                                                Span sentence, List<Span> people) {
        String written = figure.group(0).strip();
        if (value < 1 || value > 115 || !written.chars().allMatch(Character::isDigit)
                || !s.substring(0, figure.start()).endsWith(", ") || !after.startsWith(",")) {
            return List.of();
        }
        Token comma = tokenBefore(tokens, sentence.start() + figure.start());
        if (comma == null || !comma.text().equals(",")) {
            return List.of();
        }
        return people.stream().filter(person -> person.end() == comma.start()).findFirst()
                .map(person -> tokens.stream().filter(token -> token.start() >= person.start() && token.end() <= person.end())
                        .map(token -> token.text().toLowerCase(Locale.ROOT)).toList())
                .orElse(List.of());
    }

    /** Numbers that name or date something: years, dates, ordinals, "I-695", "Flight 1282", "Boeing 737". */
    private static boolean isIdentifier(String s, Matcher figure, String number, List<Token> tokens, Span sentence) {
        String before = s.substring(0, figure.start());
        String after = s.substring(figure.end());
        boolean bare = figure.group("currency") == null && figure.group("scale") == null && figure.group("unit") == null
                && figure.group("compound") == null && figure.group("percent") == null && figure.group("points") == null
                && figure.group("currencyWord") == null;
        if (bare && YEAR.matcher(number).matches() || ORDINAL_AFTER.matcher(after).find()
                || bare && DECADE_OR_RANGE_AFTER.matcher(after).find()) {
            return true;
        }
        Matcher wordBefore = WORD_BEFORE.matcher(before);
        if (wordBefore.find()) {
            String word = wordBefore.group(1);
            String plain = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (IDENTIFIER_WORDS.contains(plain) || CALENDAR.contains(plain) && Character.isDigit(number.charAt(0))) {
                return true;
            }
            Token previous = tokenBefore(tokens, sentence.start() + figure.start());
            if (bare && previous != null && previous.tag() == PartOfSpeech.PROPN && previous.isCapitalised()
                    && before.endsWith(" ") && !CALENDAR.contains(plain)) {
                return true; // "Boeing 737", "Air Force One"
            }
        }
        if (bare && STREET_AFTER.matcher(after).find()) {
            return true; // "201 Tresser Blvd."
        }
        if (bare && Character.isDigit(number.charAt(0)) && (after.matches("^\\s(?:" + String.join("|", calendarMonths()) + ")\\b.*")
                || NEXT_YEAR.matcher(after).find())) {
            return true; // "26 March", "March 26, 2024"
        }
        return !Character.isDigit(number.charAt(0)) && Character.isUpperCase(number.charAt(0)) && figure.start() > 0
                && !before.strip().isEmpty() && !before.strip().endsWith("“") && !before.strip().endsWith("\"");
    }

    private static List<String> calendarMonths() {
        return List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Jan\\.", "Feb\\.", "Aug\\.", "Sept?\\.", "Oct\\.", "Nov\\.", "Dec\\.");
    }

    /** The noun after a figure that it counts or modifies, the last of the phrase that follows, with the words before it. */
    private static NounPhrase nounAfter(List<Token> tokens, Span span) {
        int from = firstTokenFrom(tokens, span.end());
        // "eleven of the steel supports": the noun after "of the".
        if (from + 1 < tokens.size() && tokens.get(from).text().equalsIgnoreCase("of")
                && (tokens.get(from + 1).tag() == PartOfSpeech.DET || tokens.get(from + 1).tag() == PartOfSpeech.PRON)) {
            from += 2;
        }
        int head = -1;
        int properNoun = -1;
        int i = from;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.tag() == PartOfSpeech.NOUN) {
                head = i;
            } else if (token.tag() == PartOfSpeech.PROPN && head < 0) {
                properNoun = i;
            } else if (!(token.tag() == PartOfSpeech.ADJ || token.text().equals("-") || token.tag() == PartOfSpeech.NUM
                    && head < 0 || token.tag() == PartOfSpeech.PROPN)) {
                break;
            }
        }
        // "a magnitude 6.8 earthquake struck the region": a "noun" followed by a determiner is a verb the tagger missed;
        // not before a relative pronoun ("six construction workers who had been…").
        if (head > from && head + 1 < tokens.size() && isDeterminerOrPronoun(tokens.get(head + 1))
                && !RELATIVE_PRONOUNS.contains(tokens.get(head + 1).text().toLowerCase(Locale.ROOT))) {
            int previous = head - 1;
            while (previous >= from && tokens.get(previous).tag() != PartOfSpeech.NOUN) {
                previous--;
            }
            head = previous >= from ? previous : head;
        }
        int chosen = head >= 0 ? head : properNoun;
        if (chosen < 0) {
            return NounPhrase.NONE;
        }
        StringBuilder modifiers = new StringBuilder();
        for (int k = from; k < chosen; k++) {
            modifiers.append(tokens.get(k).text()).append(' ');
        }
        List<String> narrowing = ContentWords.of(modifiers.toString()).stream()
                .filter(word -> !QUALIFIERS.contains(word)).toList();
        return new NounPhrase(tokens.get(chosen).text().toLowerCase(Locale.ROOT), narrowing);
    }

    /** "a range of up to 300 km": the noun before "of" and the hedge; or the nearest noun before, "the toll rose to 11". */
    /** How many tokens right before the given one spell a hedge ("up to", "more than"); 0 when none do. */
    private static int hedgeLengthBefore(List<Token> tokens, int at) {
        int longest = 0;
        for (String hedge : HEDGES.keySet()) {
            String[] words = hedge.split(" ");
            if (words.length > longest && words.length <= at) {
                boolean matches = true;
                for (int k = 0; k < words.length && matches; k++) {
                    matches = tokens.get(at - words.length + k).text().equalsIgnoreCase(words[k]);
                }
                if (matches) {
                    longest = words.length;
                }
            }
        }
        return longest;
    }

    private static boolean isDeterminerOrPronoun(Token token) {
        return token.tag() == PartOfSpeech.DET || token.tag() == PartOfSpeech.PRON;
    }

    private static NounPhrase nounBefore(List<Token> tokens, Span span) {
        int i = firstTokenFrom(tokens, span.start()) - 1;
        int skipped = 0;
        for (; i >= 0 && skipped < 5; i--, skipped++) {
            Token token = tokens.get(i);
            if (HEDGE_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
                continue; // "a range of up to 300 km": "up" is the hedge's, whatever its tag
            }
            if (token.tag() == PartOfSpeech.NOUN) {
                return NounPhrase.of(token.text().toLowerCase(Locale.ROOT));
            }
            if (token.tag() == PartOfSpeech.PUNCT || token.tag() == PartOfSpeech.PROPN || token.tag() == PartOfSpeech.PRON) {
                return NounPhrase.NONE;
            }
        }
        return NounPhrase.NONE;
    }

    /** "a fine of $5,000", "a range of up to 300 km": the noun before "of" (and a hedge), if the figure has one. */
    private static NounPhrase ofBefore(List<Token> tokens, Span span) {
        int at = firstTokenFrom(tokens, span.start());
        int i = at - 1 - hedgeLengthBefore(tokens, at);
        if (i >= 1 && tokens.get(i).text().equalsIgnoreCase("of")) {
            Token noun = tokens.get(i - 1);
            boolean afterDeterminer = i >= 2 && tokens.get(i - 2).tag() == PartOfSpeech.DET;
            if (noun.tag() == PartOfSpeech.NOUN || afterDeterminer && noun.tag() == PartOfSpeech.ADJ) {
                return NounPhrase.of(noun.text()); // "a fine of": a noun the tagger may take for an adjective
            }
        }
        return NounPhrase.NONE;
    }

    /** For a measure with its unit after it: what it belongs to, before it ("a range of 300 km") or after. */
    private static NounPhrase nounOf(List<Token> tokens, Span span) {
        NounPhrase before = nounBefore(tokens, span);
        return before.head() != null ? before : nounAfter(tokens, span);
    }

    /**
     * What is said of a figure: the verb or adjective after its noun ("two people were rescued", "six workers
     * missing"), or the verb it is the object of ("crews rescued two people", "killed at least 11"); lower case.
     */
    private static String role(List<Token> tokens, Span span) {
        int after = firstTokenFrom(tokens, span.end());
        while (after < tokens.size() && (tokens.get(after).tag() == PartOfSpeech.ADJ && after + 1 < tokens.size()
                && tokens.get(after + 1).tag().isNominal() || tokens.get(after).tag().isNominal()
                || tokens.get(after).text().equals("-"))) {
            after++; // past the noun phrase
        }
        for (int i = after; i < Math.min(tokens.size(), after + 3); i++) {
            Token token = tokens.get(i);
            if (token.tag() == PartOfSpeech.VERB || token.tag() == PartOfSpeech.ADJ) {
                return token.text().toLowerCase(Locale.ROOT);
            }
            if (token.tag() != PartOfSpeech.AUX && token.tag() != PartOfSpeech.ADV && token.tag() != PartOfSpeech.PART) {
                break;
            }
        }
        int before = firstTokenFrom(tokens, span.start()) - 1;
        while (before >= 0 && (HEDGE_WORDS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))
                || tokens.get(before).tag() == PartOfSpeech.DET)) {
            before--;
        }
        return before >= 0 && tokens.get(before).tag() == PartOfSpeech.VERB ? tokens.get(before).text().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Words that make a figure a part or a change: right before it ("another 3", "a combined 167,000"), in the phrase
     * after it ("four other workers", "124,000 fewer jobs") or the verb that follows ("six remain missing").
     */
    private static List<String> qualifiers(List<Token> tokens, Span span) {
        int at = firstTokenFrom(tokens, span.start());
        int after = firstTokenFrom(tokens, span.end());
        List<String> found = new ArrayList<>();
        if (at > 0 && tokens.get(at - 1).text().equalsIgnoreCase("from")) {
            found.add("from"); // "rose to 3.9% from 3.7%": the figure before a change, not after it
        }
        for (int i = Math.max(0, at - 2); i < Math.min(tokens.size(), after + 4); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            boolean comparison = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("than");
            if (!tokens.get(i).span().overlaps(span) && QUALIFIERS.contains(word) && !comparison && !found.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    private static boolean hasVerbNearby(List<Token> tokens, Span span) {
        int at = firstTokenFrom(tokens, span.start());
        for (int i = Math.max(0, at - 5); i < Math.min(tokens.size(), at + 5); i++) {
            if (tokens.get(i).tag() == PartOfSpeech.VERB && !tokens.get(i).span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The content words around a figure, stemmed: what it is about, beyond the noun it counts. */
    private static List<String> context(String text, List<Token> tokens, Span span) {
        int at = firstTokenFrom(tokens, span.start());
        int from = Math.max(0, at - CONTEXT_TOKENS);
        int to = Math.min(tokens.size(), firstTokenFrom(tokens, span.end()) + CONTEXT_TOKENS);
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (!token.span().overlaps(span) && token.tag() != PartOfSpeech.NUM && !FUNCTION_WORDS.contains(token.text())) {
                words.append(token.text()).append(' ');
            }
        }
        return ContentWords.of(words.toString()).stream().distinct().toList();
    }

    private static Hedge hedgeBefore(String s, int figureStart) {
        String before = s.substring(Math.max(0, figureStart - 24), figureStart).toLowerCase(Locale.ROOT).stripTrailing();
        Hedge hedge = Hedge.EXACT;
        int longest = 0;
        for (var entry : HEDGES.entrySet()) {
            String words = entry.getKey();
            if (words.length() > longest && (before.equals(words) || before.endsWith(" " + words))) {
                hedge = Hedge.valueOf(entry.getValue().toUpperCase(Locale.ROOT));
                longest = words.length();
            }
        }
        return hedge;
    }

    private static void skipRestatement(String s, int end, Span sentence, List<Span> taken) {
        Matcher restated = RESTATED.matcher(s.substring(end));
        if (restated.find()) {
            taken.add(new Span(sentence.start() + end, sentence.start() + end + restated.end()));
        }
    }

    private static boolean overlapsAny(Span span, List<Span> taken) {
        return taken.stream().anyMatch(span::overlaps);
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return tokens.get(i).start() >= offset ? i : i + 1;
            }
        }
        return tokens.size();
    }

    private static Token tokenBefore(List<Token> tokens, int offset) {
        Token previous = null;
        for (Token token : tokens) {
            if (token.end() > offset) {
                break;
            }
            previous = token;
        }
        return previous;
    }

    private static Double parseNumber(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (Character.isDigit(lower.charAt(0))) {
            return Double.parseDouble(lower.replace(",", ""));
        }
        double total = 0;
        for (String part : lower.replaceFirst("^a\\s", "").split("[- ]")) {
            Long word = NUMBER_WORDS.get(part);
            if (word == null) {
                return null;
            }
            total = word == 100 && total > 0 ? total * 100 : total + word;
        }
        return total;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
