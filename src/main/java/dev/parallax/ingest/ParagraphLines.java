package dev.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a body into logical lines, one per paragraph: blank lines separate, and a hard-wrapped line is joined
 * to the next when it stops mid-sentence and the next goes on in lower case.
 */
final class ParagraphLines {

    /** Compiled once: String.split compiles its pattern on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ParagraphLines() {
    }

    static List<String> of(String body) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : LINE_BREAK.split(body, -1)) {
            String line = normalized(raw);
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

    /**
     * The line with byte-order marks dropped and every run of spaces (ASCII whitespace and the no-break spaces)
     * made one plain space, stripped: one pass over the line, where a regex replacement would copy it twice.
     */
    static String normalized(String raw) {
        StringBuilder line = new StringBuilder(raw.length());
        boolean inSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BYTE_ORDER_MARK) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    line.append(' ');
                }
                inSpace = true;
            } else {
                line.append(c);
                inSpace = false;
            }
        }
        return line.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F';
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
