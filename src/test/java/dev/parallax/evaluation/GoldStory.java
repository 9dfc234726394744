package dev.parallax.evaluation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One story of the evaluation corpus: its articles, their sentences, and what a careful reader found in them. */
record GoldStory(String name, boolean tuning, Map<String, String> articles, Map<String, List<List<String>>> sentences,
                 List<FigureGroup> figures, List<Mention> notFigures, List<QuoteGroup> quotes, List<Named> names,
                 List<Fact> facts) {

    /** A fact two or more articles state, with the sentence of each that states it (as a Mention's text). */
    record Fact(String fact, List<Mention> mentions) {
    }

    record Mention(String article, String text) {
    }

    record FigureMention(String article, String text, String value, String unit) {
    }

    record FigureGroup(String measures, String agreement, List<FigureMention> mentions) {
    }

    record QuoteGroup(String speaker, List<Mention> mentions) {
    }

    record Named(String name, String type, String alsoType, Map<String, List<String>> forms) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<GoldStory> loadAll(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().map(GoldStory::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldStory load(Path folder) {
        try {
            JsonNode gold = JSON.readTree(Files.readString(folder.resolve("gold.json")));
            Map<String, String> articles = new LinkedHashMap<>();
            Map<String, List<List<String>>> sentences = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String key = file.getFileName().toString().replace(".txt", "");
                    articles.put(key, Files.readString(file, StandardCharsets.UTF_8));
                    sentences.put(key, paragraphs(Files.readString(folder.resolve(key + ".sentences"))));
                }
            }
            List<FigureGroup> figures = new ArrayList<>();
            for (JsonNode group : gold.path("figures")) {
                List<FigureMention> mentions = new ArrayList<>();
                for (JsonNode mention : group.path("mentions")) {
                    mentions.add(new FigureMention(mention.path("article").asString(), mention.path("text").asString(),
                            mention.path("value").asString(), mention.path("unit").asString(null)));
                }
                figures.add(new FigureGroup(group.path("measures").asString(), group.path("agreement").asString(), mentions));
            }
            List<Mention> notFigures = new ArrayList<>();
            for (JsonNode mention : gold.path("notFigures")) {
                notFigures.add(new Mention(mention.path("article").asString(), mention.path("text").asString()));
            }
            List<QuoteGroup> quotes = new ArrayList<>();
            for (JsonNode group : gold.path("quotes")) {
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode mention : group.path("mentions")) {
                    mentions.add(new Mention(mention.path("article").asString(), mention.path("text").asString()));
                }
                quotes.add(new QuoteGroup(group.path("speaker").isNull() ? null : group.path("speaker").asString(null), mentions));
            }
            List<Named> names = new ArrayList<>();
            for (JsonNode entity : gold.path("names")) {
                Map<String, List<String>> forms = new LinkedHashMap<>();
                for (var entry : entity.path("mentions").properties()) {
                    List<String> written = new ArrayList<>();
                    entry.getValue().forEach(form -> written.add(form.asString()));
                    forms.put(entry.getKey(), written);
                }
                names.add(new Named(entity.path("name").asString(), entity.path("type").asString(),
                        entity.path("alsoType").asString(null), forms));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode fact : gold.path("facts")) {
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode mention : fact.path("mentions")) {
                    mentions.add(new Mention(mention.path("article").asString(), mention.path("sentence").asString()));
                }
                facts.add(new Fact(fact.path("fact").asString(), mentions));
            }
            return new GoldStory(folder.getFileName().toString(), gold.path("tuning").asBoolean(true), articles, sentences,
                    figures, notFigures, quotes, names, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences file: paragraphs separated by an empty line, one sentence a line. */
    private static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
