package dev.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a body into logical lines, one per paragraph: blank lines separate, and a hard-wrapped line is joined
 * to the next when it stops mid-sentence and the next goes on in lower case.
 */
final class ParagraphLines {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private ParagraphLines() {
    }

    static List<String> of(String body) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : body.split("\\R", -1)) {
            String line = SPACES.matcher(raw.replace("\uFEFF", "")).replaceAll(" ").strip();
            if (line.isEmpty()) {
                current = flush(lines, current);
            } else if (current != null && continues(current, line)) {
                current.append(' ').append(line);
            } else {
                flush(lines, current);
                current = new StringBuilder(line);
            }
        }
        flush(lines, current);
        return lines;
    }

    private static boolean continues(CharSequence previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        boolean previousOpen = ".!?:;\"”’)".indexOf(last) < 0;
        return previousOpen && Character.isLowerCase(line.codePointAt(0));
    }

    private static StringBuilder flush(List<String> lines, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            lines.add(current.toString());
        }
        return null;
    }
}
