package dev.parallax.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An invented event reported by up to three outlets, each report with its outlet and time in front matter: each
 * worded its own way (so that none reads as a copy of another), all carrying one sentence word for word (what a
 * digest's first line is made of), the first with figures no other gives (what only one outlet reports).
 */
public final class OutletCoverage {

    /** A report as ingested: the outlet's name, when it was published, and the text with its front matter. */
    public record Report(String source, String published, String text) {
    }

    /** Worded by each outlet its own way; {v}, {s}, {r} and {t} are words of each call's own, so calls never look alike. */
    private static final String[] REPORTS = {
            """
            {V} above {place} stopped after {r} fault
            The {v} that carries {s} above {place} was stopped on Tuesday after engineers found a frayed {r}.
            Operator {operator} said 42 passengers and 3 workers were brought down by 12 rescuers within 90 minutes.
            Hotels in the valley offered refunds to {s} who had booked passes for the week.
            {shared}
            Local guides complained that the stoppage came at the start of the busiest week of the winter.
            """,
            """
            {place} {v} shut while inspectors climb its {t}
            Inspectors spent Wednesday climbing the steel {t} above {place} with harnesses and cameras.
            {operator}, who runs the {v}, warned that a new {r} might have to be ordered from abroad.
            The {s} took shuttle buses up the mountain road while the {v} hung still over the slopes.
            {shared}
            A spokesperson for the regional council promised help for shops that lost trade.
            """,
            """
            Stranded {s} in {place} lowered from the {v}
            Mountain rescuers lowered {s} from the stranded {v} above {place} during the afternoon.
            Engineers from the county arrived with a winch to test the damaged {r} near the upper station.
            {operator} said the company had checked the {r} in December and had found no fault then.
            {shared}
            Visitors were advised to check the resort's website before travelling this weekend.
            """};

    private OutletCoverage() {
    }

    /**
     * Reports by outlets of the given names, a day apart from the given day, in that order (at most three). Reports of
     * two calls are two events when their days are far apart; on the same days they may be taken for one.
     */
    public static List<Report> of(List<String> sources, LocalDate from) {
        if (sources.size() > REPORTS.length) {
            throw new IllegalArgumentException("At most " + REPORTS.length + " reports");
        }
        String place = capitalised(TestArticles.uniqueWord());
        String vehicle = TestArticles.uniqueWord();
        Map<String, String> words = Map.of("{place}", place,
                "{operator}", capitalised(TestArticles.uniqueWord()) + " " + capitalised(TestArticles.uniqueWord()),
                "{V}", capitalised(vehicle), "{v}", vehicle, "{s}", TestArticles.uniqueWord(),
                "{r}", TestArticles.uniqueWord(), "{t}", TestArticles.uniqueWord());
        String shared = "The {v} company of {place} said the {v} would run again on Friday after an inspection of every one of its {t}.";
        for (var word : words.entrySet()) {
            shared = shared.replace(word.getKey(), word.getValue());
        }
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String published = from.plusDays(i) + "T06:10:00Z";
            String report = REPORTS[i].replace("{shared}", shared);
            for (var word : words.entrySet()) {
                report = report.replace(word.getKey(), word.getValue());
            }
            String text = "---\nsource: %s\npublished: %s\n---\n%s".formatted(sources.get(i), published, report);
            reports.add(new Report(sources.get(i), published, text));
        }
        return reports;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
