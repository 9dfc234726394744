package dev.parallax.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org article a page describes in its JSON-LD: the first object of an article type (NewsArticle and its
 * kinds, BlogPosting, LiveBlogPosting...) in any script, in a {@code @graph} or in a list, with references by
 * {@code @id} resolved. Sites write JSON-LD by hand as often as not: comments, trailing commas and raw line breaks
 * inside strings are tolerated, and a script that still does not parse is skipped.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report", "scholarlyarticle");

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    static JsonLd of(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data().strip()), objects);
            } catch (JacksonException | IllegalArgumentException unreadable) {
                // a broken script says nothing
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        objects.forEach(object -> {
            String id = text(object.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, object);
            }
        });
        JsonNode article = objects.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        return new JsonLd(article, byId);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
            JsonNode main = node.get("mainEntity");
            if (main != null && (main.isObject() || main.isArray())) {
                collect(main, into);
            }
        }
    }

    private static boolean isArticle(JsonNode object) {
        for (String type : types(object)) {
            if (ARTICLE_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode object) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = object.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString("").toLowerCase(Locale.ROOT).replaceAll("^.*[/:]", "")));
        } else if (type != null) {
            types.add(type.asString("").toLowerCase(Locale.ROOT).replaceAll("^.*[/:]", ""));
        }
        return types;
    }

    boolean present() {
        return article != null;
    }

    boolean isLiveBlog() {
        return article != null && types(article).contains("liveblogposting");
    }

    String headline() {
        return article == null ? null : firstText(article.get("headline"), article.get("name"));
    }

    String articleBody() {
        return article == null ? null : text(article.get("articleBody"));
    }

    /** A live blog's updates, in the order the page lists them: each one's body. */
    List<String> liveBlogUpdates() {
        List<String> bodies = new ArrayList<>();
        if (article != null && article.get("liveBlogUpdate") != null) {
            JsonNode updates = article.get("liveBlogUpdate");
            (updates.isArray() ? updates : JSON.createArrayNode().add(updates)).forEach(update -> {
                String body = firstText(resolve(update).get("articleBody"), resolve(update).get("text"));
                if (body != null) {
                    bodies.add(body);
                }
            });
        }
        return bodies;
    }

    String datePublished() {
        return article == null ? null : firstText(article.get("datePublished"), article.get("dateCreated"),
                article.get("coverageStartTime"), article.get("uploadDate"));
    }

    /** The authors' names, people or organisations, in order. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article == null) {
            return names;
        }
        JsonNode authors = article.get("author");
        if (authors == null) {
            authors = article.get("creator");
        }
        if (authors == null) {
            return names;
        }
        for (JsonNode author : authors.isArray() ? authors : JSON.createArrayNode().add(authors)) {
            String name = author.isString() ? author.asString() : text(resolve(author).get("name"));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names;
    }

    String publisher() {
        if (article == null) {
            return null;
        }
        JsonNode publisher = article.get("publisher");
        if (publisher == null) {
            publisher = article.get("sourceOrganization");
        }
        if (publisher == null) {
            return null;
        }
        if (publisher.isArray()) {
            publisher = publisher.isEmpty() ? null : publisher.get(0);
        }
        return publisher == null ? null : publisher.isString() ? publisher.asString() : text(resolve(publisher).get("name"));
    }

    String url() {
        if (article == null) {
            return null;
        }
        JsonNode main = article.get("mainEntityOfPage");
        String page = main == null ? null : main.isString() ? main.asString() : text(main.get("@id"));
        return firstNonBlank(text(article.get("url")), page);
    }

    String language() {
        if (article == null) {
            return null;
        }
        JsonNode language = article.get("inLanguage");
        return language == null ? null : language.isString() ? language.asString() : text(language.get("alternateName"));
    }

    /** An object given by reference ({"@id": …}) replaced by the object itself when the page holds it. */
    private JsonNode resolve(JsonNode node) {
        String id = node == null ? null : text(node.get("@id"));
        if (id != null && node.size() <= 2 && byId.containsKey(id)) {
            JsonNode full = byId.get(id);
            return node.get("name") != null && full.get("name") == null ? node : full;
        }
        return node == null ? JSON.createObjectNode() : node;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = text(node);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? node.asString() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
