package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into sentences without breaking at abbreviations (U.S., Mr., J.D., Jr.) or inside numbers. */
public final class Sentences {

    // End punctuation, closing quotes or brackets, space, then what starts a sentence.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])[”\"’)\\]]*\\s+(?=[“\"‘(\\[]?[\\p{Lu}\\p{N}])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Mt|No|Nos|vs|etc|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est)\\.)$");

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            String candidate = text.substring(start, boundary.start()).strip();
            if (ABBREVIATION.matcher(candidate).find() && !candidate.endsWith("U.S.") || candidate.isEmpty()) {
                continue;
            }
            sentences.add(candidate);
            start = boundary.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }
}
