package dev.parallax.ingest;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.ingest.IngestionRefusedException.Reason;
import dev.parallax.text.SentenceSplitter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a decoded text, plain, with a front-matter header, or HTML, into a structured article. */
final class ArticleReader {

    private static final int MIN_PROSE_WORDS = 5;
    private static final int MAX_DERIVED_TITLE_WORDS = 14;
    private static final int MAX_WHOLE_SENTENCE_WORDS = 20;
    /** Compiled once: String.split compiles its pattern on every call, and every paragraph is split. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final BlockParser blockParser = new BlockParser();

    ParsedArticle read(String text, String origin) {
        return read(text, origin, null, null);
    }

    /**
     * @param address where the text was fetched from, if it was: for an HTML page, its links resolve against it and
     *                its host is the outlet when the page names none
     * @param hint    when a feed says the article was published, for pages that do not say
     */
    ParsedArticle read(String text, String origin, URI address, PublishedTime hint) {
        ArticleMetadata metadata = ArticleMetadata.NONE;
        String body = text;
        Extraction extraction = Extraction.TEXT;
        if (address != null || HtmlArticleExtractor.looksLikeHtml(text)) {
            HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(text, address, hint);
            metadata = extracted.metadata();
            body = extracted.body();
            extraction = extracted.method();
        } else {
            var frontMatter = FrontMatter.read(text);
            if (frontMatter.isPresent()) {
                metadata = frontMatter.get().metadata();
                body = frontMatter.get().body();
                extraction = Extraction.FRONT_MATTER;
            }
        }
        if (body.isBlank()) {
            throw new IngestionRefusedException(Reason.NO_PROSE,
                    "The page holds no article text: nothing but navigation, links and other parts of the site.");
        }
        BlockParser.Parsed parsed = blockParser.parse(body);
        List<Block> blocks = new ArrayList<>(parsed.blocks());
        requireProse(blocks);

        String title;
        boolean derived = false;
        if (metadata.title() != null) {
            title = metadata.title();
            if (parsed.hasHeadline()) {
                Block headline = blocks.removeFirst();
                if (!headline.getText().equals(title)) {
                    blocks.addFirst(new Block(BlockKind.HEADING, headline.getText())); // a sub-headline
                }
            }
            blocks.addFirst(new Block(BlockKind.TITLE, title));
        } else if (parsed.hasHeadline()) {
            title = blocks.getFirst().getText();
        } else {
            title = deriveTitle(blocks);
            derived = true;
        }
        String source = metadata.source() != null ? metadata.source() : sourceFromOrigin(origin);
        PublishedTime published = metadata.published();
        return new ParsedArticle(title, derived, source, metadata.url(), published == null ? null : published.date(),
                published == null ? null : published.instant(), metadata.author(), metadata.language(), extraction,
                List.copyOf(blocks));
    }

    private static void requireProse(List<Block> blocks) {
        String all = blocks.stream().map(Block::getText).collect(java.util.stream.Collectors.joining(" "));
        if (isJson(all) || mostlyCodeOrMarkup(blocks)) {
            throw new IngestionRefusedException(Reason.NO_PROSE,
                    "The text looks like code or markup, not an article. Upload the article's text or its HTML page.");
        }
        long proseWords = 0;
        for (Block block : blocks) {
            if (block.getKind() == BlockKind.PARAGRAPH) {
                String[] words = WHITESPACE.split(block.getText());
                if (isProse(words)) {
                    proseWords += words.length;
                }
            }
        }
        if (proseWords == 0 || proseWords * 3 < WHITESPACE.split(all).length) {
            throw new IngestionRefusedException(Reason.NO_PROSE,
                    "The text has no prose: no paragraph of at least %d words. Parallax reads articles, not lists or data."
                            .formatted(MIN_PROSE_WORDS));
        }
    }

    private static boolean isJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}") || trimmed.startsWith("[") && trimmed.endsWith("]");
    }

    /**
     * Whether code or markup makes up most of the text. An article may quote a line of it (a {@code <script>} tag
     * in a story about a hack); a text that is mostly code is not an article.
     */
    private static boolean mostlyCodeOrMarkup(List<Block> blocks) {
        long code = 0;
        long visible = 0;
        for (Block block : blocks) {
            long chars = visibleChars(block.getText());
            visible += chars;
            if (looksLikeCodeOrMarkup(block.getText())) {
                code += chars;
            }
        }
        return code * 2 > visible;
    }

    /**
     * Brackets, braces and equals signs are rare in news prose and everywhere in code, XML and data; a sentence that
     * mentions a tag is still mostly plain words, a line of code is not.
     */
    private static boolean looksLikeCodeOrMarkup(String text) {
        long symbols = text.chars().filter(c -> "<>{}=;|\\".indexOf(c) >= 0).count();
        if (symbols < 2 || symbols * 100 <= visibleChars(text) * 3) {
            return false;
        }
        String[] words = WHITESPACE.split(text.strip());
        return PlainWords.count(words) * 10 < words.length * 6L;
    }

    private static long visibleChars(String text) {
        return text.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** Mostly plain words: rules out number tables and identifier dumps. */
    private static boolean isProse(String[] words) {
        long plainWords = PlainWords.count(words);
        return plainWords >= MIN_PROSE_WORDS && plainWords * 10 >= words.length * 7L;
    }

    /** The opening sentence of the first paragraph, cut at a clause or word boundary when long. */
    static String deriveTitle(List<Block> blocks) {
        String first = blocks.stream()
                .filter(block -> block.getKind() == BlockKind.PARAGRAPH)
                .map(Block::getText)
                .findFirst()
                .orElse(blocks.getFirst().getText());
        String sentence = SentenceSplitter.first(first).replaceAll("[.!?;:,]+$", "");
        String[] words = WHITESPACE.split(sentence);
        if (words.length <= MAX_WHOLE_SENTENCE_WORDS) {
            return sentence;
        }
        int cut = MAX_DERIVED_TITLE_WORDS;
        for (int i = MAX_DERIVED_TITLE_WORDS + 1; i >= MAX_DERIVED_TITLE_WORDS - 4; i--) {
            if (words[i].endsWith(",") || words[i].endsWith(";")) {
                cut = i + 1;
                break;
            }
        }
        String head = String.join(" ", java.util.Arrays.copyOf(words, cut)).replaceAll("[.;:,]+$", "");
        return head + "…";
    }

    /** Seed files carry no metadata: "003_4f5c96a77bf8f4f4.txt" is source "003". */
    static String sourceFromOrigin(String origin) {
        String name = origin.replaceAll("^.*[/\\\\]", "");
        String stem = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        int underscore = stem.indexOf('_');
        String source = underscore > 0 ? stem.substring(0, underscore) : stem;
        return source.isBlank() ? "unknown" : source;
    }
}
