package dev.parallax.ingest;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the extraction of news pages against the gold of the extraction corpus (src/test/resources/extraction):
 * word-level precision, recall and F1 of the main text, and the accuracy of each field of metadata. Each page is read
 * as Parallax reads a page it fetched from the page's address. Prints the scores, by page and by kind of site, into
 * target/extraction-report.md and to the console, and fails below the thresholds.
 */
class ExtractionEvaluationTest {

    static final double MIN_F1 = 0.95;
    static final double MIN_PAGE_F1 = 0.80;
    static final double MIN_METADATA = 0.95;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArticleReader reader = new ArticleReader();

    record PageScore(String page, String kind, Extraction method, long extracted, long gold, long shared,
                     Map<String, Boolean> fields) {

        double precision() {
            return extracted == 0 ? 0 : (double) shared / extracted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) shared / gold;
        }

        double f1() {
            return f1(precision(), recall());
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Test
    void extractsNewsPagesAsWellAsTheBestExtractors() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("/extraction").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpus)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);

        List<PageScore> scores = new ArrayList<>();
        for (Path page : pages) {
            scores.add(score(page));
        }
        String report = report(scores);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "extraction-report.md"), report);

        long extracted = scores.stream().mapToLong(PageScore::extracted).sum();
        long gold = scores.stream().mapToLong(PageScore::gold).sum();
        long shared = scores.stream().mapToLong(PageScore::shared).sum();
        double f1 = PageScore.f1((double) shared / extracted, (double) shared / gold);
        assertThat(f1).as("word-level F1 of the main text over the corpus").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(scores).allSatisfy(score ->
                assertThat(score.f1()).as("F1 of " + score.page()).isGreaterThanOrEqualTo(MIN_PAGE_F1));
        for (String field : List.of("title", "source", "date", "time", "author", "url", "language")) {
            assertThat(accuracy(scores, field)).as("accuracy of " + field).isGreaterThanOrEqualTo(MIN_METADATA);
        }
    }

    private PageScore score(Path page) throws IOException {
        JsonNode gold = JSON.readTree(Files.readString(Path.of(page.toString().replace(".html", ".gold.json"))));
        URI address = URI.create(gold.get("address").asString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        ParsedArticle article = reader.read(html, address.toString(), address, null);

        String text = article.blocks().stream().filter(block -> block.getKind() != BlockKind.TITLE)
                .map(Block::getText).collect(Collectors.joining("\n"));
        List<String> goldLines = new ArrayList<>();
        gold.get("text").forEach(line -> goldLines.add(line.asString()));
        Map<String, Integer> extractedWords = words(text);
        Map<String, Integer> goldWords = words(String.join("\n", goldLines));
        long shared = 0;
        for (var entry : extractedWords.entrySet()) {
            shared += Math.min(entry.getValue(), goldWords.getOrDefault(entry.getKey(), 0));
        }

        Map<String, Boolean> fields = new LinkedHashMap<>();
        fields.put("title", same(article.title(), gold.get("title").asString()));
        fields.put("source", same(article.source(), gold.get("source").asString()));
        String goldPublished = gold.get("published").asString();
        LocalDate goldDate = LocalDate.parse(goldPublished.substring(0, 10));
        fields.put("date", goldDate.equals(article.published()));
        if (goldPublished.length() > 10) {
            Instant goldInstant = OffsetDateTime.parse(goldPublished).toInstant();
            fields.put("time", goldInstant.equals(article.publishedAt()));
        }
        fields.put("author", names(article.author()).equals(names(gold.get("author").asString())));
        fields.put("url", gold.get("url").asString().replaceAll("/$", "")
                .equals(article.url() == null ? null : article.url().replaceAll("/$", "")));
        fields.put("language", article.language() != null
                && article.language().toLowerCase(Locale.ROOT).split("-")[0].equals(gold.get("language").asString()));
        String name = page.getFileName().toString().replace(".html", "");
        return new PageScore(name, gold.get("template").asString(), article.extraction(),
                extractedWords.values().stream().mapToLong(Integer::longValue).sum(),
                goldWords.values().stream().mapToLong(Integer::longValue).sum(), shared, fields);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            counts.merge(word.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static boolean same(String extracted, String gold) {
        return extracted != null && normalise(extracted).equals(normalise(gold));
    }

    private static String normalise(String text) {
        return text.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(String byline) {
        if (byline == null) {
            return Set.of();
        }
        return Stream.of(byline.split("\\s*(,|\\band\\b|&)\\s*")).map(ExtractionEvaluationTest::normalise)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double accuracy(List<PageScore> scores, String field) {
        List<Boolean> values = scores.stream().map(score -> score.fields().get(field)).filter(v -> v != null).toList();
        return values.isEmpty() ? 1 : (double) values.stream().filter(v -> v).count() / values.size();
    }

    private static String report(List<PageScore> scores) {
        StringBuilder out = new StringBuilder("# Extraction of the corpus's news pages\n\n");
        long extracted = scores.stream().mapToLong(PageScore::extracted).sum();
        long gold = scores.stream().mapToLong(PageScore::gold).sum();
        long shared = scores.stream().mapToLong(PageScore::shared).sum();
        double p = (double) shared / extracted;
        double r = (double) shared / gold;
        out.append("%d pages. Main text, word level over all pages: P %.3f, R %.3f, F1 %.3f; mean F1 of a page %.3f.%n%n"
                .formatted(scores.size(), p, r, PageScore.f1(p, r), scores.stream().mapToDouble(PageScore::f1).average().orElse(0)));
        out.append("| field | accuracy |\n|---|---|\n");
        for (String field : List.of("title", "source", "date", "time", "author", "url", "language")) {
            long known = scores.stream().filter(score -> score.fields().get(field) != null).count();
            out.append("| %s | %.3f (%d pages) |%n".formatted(field, accuracy(scores, field), known));
        }
        Map<Extraction, Long> methods = new EnumMap<>(Extraction.class);
        scores.forEach(score -> methods.merge(score.method(), 1L, Long::sum));
        out.append("\nMethods: ").append(methods).append("\n\n| kind of site | pages | P | R | F1 |\n|---|---|---|---|---|\n");
        Map<String, List<PageScore>> byKind = new TreeMap<>(scores.stream().collect(Collectors.groupingBy(PageScore::kind)));
        byKind.forEach((kind, group) -> {
            long e = group.stream().mapToLong(PageScore::extracted).sum();
            long g = group.stream().mapToLong(PageScore::gold).sum();
            long s = group.stream().mapToLong(PageScore::shared).sum();
            out.append("| %s | %d | %.3f | %.3f | %.3f |%n".formatted(kind, group.size(), (double) s / e, (double) s / g,
                    PageScore.f1((double) s / e, (double) s / g)));
        });
        out.append("\n| page | method | P | R | F1 | metadata wrong |\n|---|---|---|---|---|---|\n");
        for (PageScore score : scores) {
            String wrong = score.fields().entrySet().stream().filter(field -> !field.getValue()).map(Map.Entry::getKey)
                    .collect(Collectors.joining(", "));
            out.append("| %s | %s | %.3f | %.3f | %.3f | %s |%n".formatted(score.page(), score.method(), score.precision(),
                    score.recall(), score.f1(), wrong));
        }
        return out.toString();
    }
}
