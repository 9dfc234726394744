package dev.parallax.text;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * The time zones news names after a time of day, abbreviated or in words, with their hours from UTC: "ET" and
 * "Eastern time" are EDT or EST, by the season.
 */
public final class TimeZones {

    private static final Map<String, Set<Integer>> OFFSETS = Map.ofEntries(entry("gmt", Set.of(0)), entry("utc", Set.of(0)),
            entry("z", Set.of(0)), entry("et", Set.of(-4, -5)), entry("edt", Set.of(-4)), entry("est", Set.of(-5)),
            entry("ct", Set.of(-5, -6)), entry("cdt", Set.of(-5)), entry("cst", Set.of(-6)), entry("mt", Set.of(-6, -7)),
            entry("mdt", Set.of(-6)), entry("mst", Set.of(-7)), entry("pt", Set.of(-7, -8)), entry("pdt", Set.of(-7)),
            entry("pst", Set.of(-8)), entry("bst", Set.of(1)), entry("cet", Set.of(1)), entry("cest", Set.of(2)),
            entry("eet", Set.of(2)), entry("eest", Set.of(3)), entry("msk", Set.of(3)), entry("moscow time", Set.of(3)),
            entry("jst", Set.of(9)), entry("ist", Set.of(5)),
            entry("eastern time", Set.of(-4, -5)), entry("eastern standard time", Set.of(-5)),
            entry("eastern daylight time", Set.of(-4)), entry("central time", Set.of(-5, -6)),
            entry("central standard time", Set.of(-6)), entry("central daylight time", Set.of(-5)),
            entry("mountain time", Set.of(-6, -7)), entry("mountain standard time", Set.of(-7)),
            entry("mountain daylight time", Set.of(-6)), entry("pacific time", Set.of(-7, -8)),
            entry("pacific standard time", Set.of(-8)), entry("pacific daylight time", Set.of(-7)),
            entry("greenwich mean time", Set.of(0)), entry("british summer time", Set.of(1)),
            entry("central european time", Set.of(1)), entry("kyiv time", Set.of(2, 3)));

    private TimeZones() {
    }

    /** The names of the zones chosen, in lower case, longest first and quoted: an alternation for a pattern. */
    static String alternation(Predicate<String> which) {
        return OFFSETS.keySet().stream().filter(which).sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    public static boolean isZone(String word) {
        return OFFSETS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The hours from UTC a zone may mean; none for an unknown zone or none at all. */
    public static Set<Integer> offsets(String zone) {
        return zone == null ? Set.of() : OFFSETS.getOrDefault(zone.toLowerCase(Locale.ROOT), Set.of());
    }
}
