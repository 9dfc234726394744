package dev.parallax.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published, as precisely as its source says: a date as the outlet printed it, and the instant
 * when a time with its offset was given too.
 */
record PublishedTime(LocalDate date, Instant instant) {

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?Z?)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "March 26, 2024", "Mar. 26 2024". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "26 March 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** A date in an address: /2024/03/26/ or /2024-03-26/. */
    private static final Pattern PATH_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

    static PublishedTime of(OffsetDateTime time) {
        return new PublishedTime(time.toLocalDate(), time.toInstant());
    }

    /** A machine-readable time (ISO 8601 with or without a time or an offset, compact, RFC 1123); null if unreadable. */
    static PublishedTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Matcher date = ISO_DATE.matcher(text);
            if (date.matches()) {
                return new PublishedTime(LocalDate.parse(text), null);
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
                if (compact.group(4) == null) {
                    return new PublishedTime(day, null);
                }
                OffsetDateTime at = day.atTime(Integer.parseInt(compact.group(4)), Integer.parseInt(compact.group(5)),
                        compact.group(6) == null ? 0 : Integer.parseInt(compact.group(6))).atOffset(ZoneOffset.UTC);
                return of(at);
            }
            var parsed = ISO_LENIENT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return of(offset);
            }
            // A time without an offset says which day, not which instant.
            return new PublishedTime(((LocalDateTime) parsed).toLocalDate(), null);
        } catch (DateTimeException notIso) {
            try {
                return of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
            } catch (DateTimeParseException notHttp) {
                return null;
            }
        }
    }

    /** A date written for readers ("Published March 26, 2024", "26 March 2024"); null if there is none. */
    static PublishedTime fromProse(String text) {
        if (text == null || text.length() > 200) {
            return null;
        }
        for (Pattern pattern : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
            Matcher match = pattern.matcher(text);
            if (match.find()) {
                boolean monthFirst = pattern == MONTH_DAY_YEAR;
                String month = (monthFirst ? match.group(1) : match.group(2)).toLowerCase(Locale.ROOT);
                int day = Integer.parseInt(monthFirst ? match.group(2) : match.group(1));
                int year = Integer.parseInt(match.group(3));
                Integer number = MONTHS.get(month.length() > 4 && month.startsWith("sept") ? "sept" : month.substring(0, 3));
                try {
                    return number == null ? null : new PublishedTime(LocalDate.of(year, number, day), null);
                } catch (DateTimeException impossible) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A date in an address's path, as many sites give one; null if there is none. */
    static PublishedTime fromAddress(String address) {
        if (address == null) {
            return null;
        }
        Matcher match = PATH_DATE.matcher(address);
        if (!match.find()) {
            return null;
        }
        try {
            return new PublishedTime(LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3))), null);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** ISO 8601: the instant in UTC when known, else the date. */
    @Override
    public String toString() {
        return instant != null ? instant.toString() : date.toString();
    }
}
