package dev.parallax.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pulls the article out of an HTML page: its metadata ({@link PageMetadata}) and its main text as one line per
 * block. The text comes from the page's structured data when that holds more of it than the page shows (JSON-LD
 * {@code articleBody}: a paywall often leaves only the opening in the page), else from the page itself
 * ({@link MainText}); which one is recorded.
 */
final class HtmlArticleExtractor {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*(\\n\\s*)*");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    /** Structured data is used when it holds this much more text than the page shows. */
    private static final double STRUCTURED_SURPLUS = 1.3;
    private static final int MIN_STRUCTURED_WORDS = 40;

    private HtmlArticleExtractor() {
    }

    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
    }

    record Extracted(ArticleMetadata metadata, String body, Extraction method) {
    }

    static Extracted extract(String html) {
        return extract(html, null, null);
    }

    /**
     * @param address where the page was fetched from, if it was: relative links resolve against it, and its host is
     *                the outlet when the page names none
     * @param hint    when a feed says the article was published, for pages that do not say
     */
    static Extracted extract(String html, URI address, PublishedTime hint) {
        Document page = address == null ? Jsoup.parse(html) : Jsoup.parse(html, address.toString());
        JsonLd structured = JsonLd.of(page);
        PageMetadata found = PageMetadata.read(page, structured, address, hint);
        ArticleMetadata metadata = new ArticleMetadata(found.title(), found.source(), found.url(), found.published(),
                found.author(), found.language());

        MainText.Result fromPage = MainText.extract(page.body(), found.title());
        List<String> fromData = structuredBody(structured, fromPage.lines());
        int dataWords = fromData.stream().mapToInt(MainText::wordCount).sum();
        if (dataWords >= MIN_STRUCTURED_WORDS
                && (dataWords > fromPage.words() * STRUCTURED_SURPLUS || fromPage.method() == Extraction.PLAIN)) {
            return new Extracted(metadata, String.join("\n\n", fromData), Extraction.JSON_LD);
        }
        return new Extracted(metadata, String.join("\n\n", fromPage.lines()), fromPage.method());
    }

    /**
     * The article body the page's JSON-LD gives (or a live blog's updates), as paragraphs: its own line breaks, else
     * the page's paragraphs where they are found in it, else a few sentences at a time.
     */
    private static List<String> structuredBody(JsonLd structured, List<String> pageLines) {
        String body = structured.articleBody();
        if ((body == null || body.isBlank()) && structured.isLiveBlog()) {
            body = String.join("\n\n", structured.liveBlogUpdates());
        }
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
            Document fragment = Jsoup.parseBodyFragment(body);
            return MainText.extract(fragment.body(), null).lines();
        }
        String text = Parser.unescapeEntities(body, false).replace('\u00A0', ' ');
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.replaceAll("\\s+", " ").strip());
            }
        }
        if (paragraphs.size() == 1 && MainText.wordCount(paragraphs.getFirst()) > 120) {
            return split(paragraphs.getFirst(), pageLines);
        }
        return paragraphs;
    }

    /** One long run of text cut where the page's own paragraphs begin, or every three sentences. */
    private static List<String> split(String text, List<String> pageLines) {
        List<Integer> cuts = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int from = 0;
        for (String line : pageLines) {
            int at = lower.indexOf(line.toLowerCase(Locale.ROOT), from);
            if (at >= 0) {
                cuts.add(at);
                from = at + line.length();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (cuts.size() >= 2) {
            cuts.add(text.length());
            int start = 0;
            for (int cut : cuts) {
                if (cut > start && !text.substring(start, cut).isBlank()) {
                    paragraphs.add(text.substring(start, cut).strip());
                }
                start = cut;
            }
            return paragraphs;
        }
        String[] sentences = SENTENCE_BREAK.split(text);
        for (int i = 0; i < sentences.length; i += 3) {
            paragraphs.add(String.join(" ", java.util.Arrays.copyOfRange(sentences, i, Math.min(sentences.length, i + 3))));
        }
        return paragraphs;
    }
}
