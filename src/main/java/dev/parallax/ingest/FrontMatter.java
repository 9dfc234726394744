package dev.parallax.ingest;

import dev.parallax.ingest.IngestionRefusedException.Reason;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple header before the article text: either {@code ---} fenced {@code key: value} lines, or
 * {@code key: value} lines of known keys ended by a blank line.
 */
record FrontMatter(ArticleMetadata metadata, String body) {

    private static final Set<String> KEYS = Set.of("title", "source", "url", "published", "date", "author", "language");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");

    static Optional<FrontMatter> read(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String opening = stripBom(lines.getFirst()).strip();
        boolean fenced = opening.equals("---");
        Map<String, String> fields = new HashMap<>();
        int index = fenced ? 1 : 0;
        for (; index < lines.size(); index++) {
            String line = index == 0 ? stripBom(lines.get(index)) : lines.get(index);
            if (fenced && line.strip().equals("---")) {
                return Optional.of(new FrontMatter(toMetadata(fields), join(lines, index + 1)));
            }
            if (!fenced && line.isBlank()) {
                break;
            }
            Matcher field = FIELD.matcher(line.strip());
            if (!field.matches() || !KEYS.contains(field.group(1).toLowerCase(Locale.ROOT))) {
                if (fenced && (field.matches() || line.isBlank())) {
                    continue; // unknown keys and blank lines inside a fence are ignored
                }
                return Optional.empty();
            }
            fields.put(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2).strip()));
        }
        // Unfenced: at least a title or a source, then a blank line, then the body.
        if (fenced || fields.isEmpty() || !(fields.containsKey("title") || fields.containsKey("source"))
                || index >= lines.size()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(toMetadata(fields), join(lines, index + 1)));
    }

    private static ArticleMetadata toMetadata(Map<String, String> fields) {
        String published = fields.getOrDefault("published", fields.get("date"));
        return new ArticleMetadata(blankToNull(fields.get("title")), blankToNull(fields.get("source")),
                blankToNull(fields.get("url")), parseDate(blankToNull(published)), blankToNull(fields.get("author")),
                blankToNull(fields.get("language")));
    }

    static PublishedTime parseDate(String value) {
        if (value == null) {
            return null;
        }
        PublishedTime published = PublishedTime.parse(value);
        if (published == null) {
            throw new IngestionRefusedException(Reason.MALFORMED,
                    "The published date “%s” is not a date like 2024-11-18.".formatted(abbreviate(value)));
        }
        return published;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String join(List<String> lines, int from) {
        return String.join("\n", lines.subList(Math.min(from, lines.size()), lines.size()));
    }
}
