package dev.parallax.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented events, each reported by several outlets: the reports of one event share its place, people,
 * organisation and words (all invented, used by no other event) and differ in wording; reports of different events
 * share only stop words. Every call invents words never used before.
 */
public final class TestEvents {

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "k", "s", "th"};
    private static final Set<String> USED = new HashSet<>();
    private static final Random RANDOM = new Random();

    /** One event: its reports, in the order outlets published them. */
    public record Event(String place, List<String> reports) {
    }

    private TestEvents() {
    }

    public static List<Event> invent(int events, int reportsEach) {
        List<Event> invented = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            invented.add(event(reportsEach));
        }
        return invented;
    }

    private static Event event(int reports) {
        String place = name();
        String river = name();
        String person = name() + " " + name();
        String surname = person.substring(person.indexOf(' ') + 1);
        String agency = name() + " " + name();
        String site = name();
        int count = 100 + RANDOM.nextInt(900);
        // Besides names, each event's reports use invented words of its own, joined by stop words only: no two events
        // share a word, even while the corpus is too small for its word statistics to tell common words, and no
        // other test's search meets them.
        List<String> w = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            w.add(name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String[]> versions = List.of(
                new String[]{
                        "%s %s and %s by the %s".formatted(place, cap(w.get(0)), cap(w.get(1)), river),
                        "The %s of %s and the %s of the %s were %s on %s, %s of the %s %s.".formatted(w.get(0), place,
                                w.get(1), river, w.get(2), w.get(3), person, agency, w.get(4)),
                        "At %s the %s of %d %s was %s by the %s.".formatted(site, w.get(5), count, w.get(6), w.get(7), w.get(0)),
                        "%s and the %s %s were at %s for the %s of %s.".formatted(surname, agency, w.get(8), site, w.get(9), place)},
                new String[]{
                        "%s %s at %s on the %s".formatted(cap(w.get(2)), cap(w.get(3)), site, river),
                        "%d %s in %s were %s as the %s and %s of the %s %s.".formatted(count, w.get(6), place, w.get(7),
                                w.get(0), w.get(1), river, w.get(2)),
                        "%s of the %s was at %s with the %s and %s.".formatted(person, agency, site, w.get(8), w.get(9)),
                        "The %s of %s was %s by %s and the %s.".formatted(w.get(5), place, w.get(3), surname, w.get(4))},
                new String[]{
                        "%s %s for %s %s".formatted(surname, cap(w.get(8)), place, cap(w.get(9))),
                        "The %s %s and %s were in %s for the %s of %d %s.".formatted(agency, w.get(8), person, place,
                                w.get(9), count, w.get(6)),
                        "On the %s at %s the %s was %s with the %s and %s.".formatted(river, site, w.get(0), w.get(2),
                                w.get(1), w.get(5)),
                        "%s %s the %s and %s of the %s by %s.".formatted(place, w.get(7), w.get(3), w.get(4), river, site)});
        if (reports > versions.size()) {
            throw new IllegalArgumentException("At most " + versions.size() + " reports of one event");
        }
        List<String> texts = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            texts.add(String.join("\n", versions.get(i)));
        }
        return new Event(place, texts);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A word no event has used: two or three syllables, capitalised. */
    private static synchronized String name() {
        while (true) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + RANDOM.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                word.append(pick(ONSETS)).append(pick(VOWELS));
            }
            word.append(pick(CODAS));
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (USED.add(name.toLowerCase())) {
                return name;
            }
        }
    }

    private static String pick(String[] options) {
        return options[RANDOM.nextInt(options.length)];
    }
}
