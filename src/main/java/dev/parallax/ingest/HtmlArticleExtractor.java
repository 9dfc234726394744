package dev.parallax.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Pulls the article out of an HTML page: its metadata and its main text as one line per block. */
final class HtmlArticleExtractor {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "figure, iframe, svg, button, [role=navigation], [aria-hidden=true]";
    private static final String TEXT_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
    }

    record Extracted(ArticleMetadata metadata, String body) {
    }

    static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        Element main = mainElement(page);
        String title = firstNonBlank(meta(page, "og:title"), textOf(main.selectFirst("h1")),
                textOf(page.selectFirst("h1")), page.title());
        ArticleMetadata metadata = new ArticleMetadata(title,
                firstNonBlank(meta(page, "og:site_name"), meta(page, "author")),
                firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url")),
                FrontMatter.parseDate(dateOnly(firstNonBlank(meta(page, "article:published_time"),
                        page.select("time[datetime]").attr("datetime")))));
        main.select(NOISE).remove();
        List<String> lines = new ArrayList<>();
        for (Element element : main.select(TEXT_BLOCKS)) {
            if (element.parents().stream().anyMatch(parent -> parent != main && parent.is(TEXT_BLOCKS))) {
                continue; // a paragraph inside a list item or quote is read with its container
            }
            String text = element.text().strip();
            if (text.isEmpty() || element.is("h1") && text.equals(title)) {
                continue;
            }
            lines.add(element.is("ol > li") ? (element.elementSiblingIndex() + 1) + ". " + text : text);
        }
        return new Extracted(metadata, String.join("\n\n", lines));
    }

    private static Element mainElement(Document page) {
        for (String candidate : List.of("article", "main", "[role=main]")) {
            Element found = page.selectFirst(candidate);
            if (found != null && !found.text().isBlank()) {
                return found;
            }
        }
        return page.body();
    }

    private static String meta(Document page, String name) {
        Element byProperty = page.selectFirst("meta[property=" + name + "]");
        Element meta = byProperty != null ? byProperty : page.selectFirst("meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static String dateOnly(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() >= 10 && trimmed.charAt(4) == '-' ? trimmed.substring(0, 10) : value;
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
