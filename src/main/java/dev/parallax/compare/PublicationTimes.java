package dev.parallax.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** When articles came out, as their summaries give it: an ISO date, or an ISO date-time in UTC when the time is known. */
public final class PublicationTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private PublicationTimes() {
    }

    /** The instant an article came out; a date counts from its start; null when there is none or it is unreadable. */
    public static Instant instantOf(String published) {
        if (published == null) {
            return null;
        }
        try {
            return published.length() <= 10 ? LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(published);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** "9 Sep 2023", or "9 Sep 2023, 06:10 UTC" when the time is known. */
    public static String readable(String published) {
        try {
            return published.length() <= 10 ? LocalDate.parse(published).format(DAY)
                    : Instant.parse(published).atZone(ZoneOffset.UTC).format(DAY_AND_TIME);
        } catch (DateTimeParseException unreadable) {
            return published;
        }
    }
}
