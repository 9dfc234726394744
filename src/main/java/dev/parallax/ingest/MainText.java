package dev.parallax.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main text of a page, readability-style: the page without its chrome (navigation, banners, share bars, ads,
 * related links, newsletter boxes, comments), read as a sequence of text blocks; the element that holds most of the
 * page's prose is the article, and its blocks are kept unless they are links, promotions or bylines. When no element
 * holds the article, every prose block of the page is taken instead ({@link Extraction#PLAIN}).
 */
final class MainText {

    /** The article's text, one line per heading, paragraph or list item, and how it was found. */
    record Result(List<String> lines, Extraction method) {

        int words() {
            return lines.stream().mapToInt(MainText::wordCount).sum();
        }
    }

    /** Elements that are never the article's text. */
    private static final String NOISE = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, "
            + "input, button, select, textarea, label, nav, footer, aside, header, figure, figcaption, picture, img, video, "
            + "audio, source, map, dialog, menu, ins, amp-ad, amp-embed, amp-sidebar, amp-social-share, amp-analytics, "
            + "amp-img, amp-video, amp-iframe, amp-carousel, [hidden], [aria-hidden=true], "
            + "[role~=(?i)^(navigation|banner|contentinfo|complementary|dialog|alertdialog|alert|search|menu|menubar|toolbar)$], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /** Words of class names and ids that mark chrome. */
    private static final Set<String> NEGATIVE = Set.of("ad", "ads", "adv", "advert", "adverts", "advertisement",
            "advertising", "adslot", "dfp", "sponsor", "sponsored", "promo", "promotion", "promoted", "share", "sharing",
            "sharebar", "social", "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "meter",
            "cookie", "cookies", "consent", "onetrust", "gdpr", "banner", "breadcrumb", "breadcrumbs", "related",
            "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular",
            "mostread", "outbrain", "taboola", "trc", "comment", "comments", "commentlist", "disqus", "respond", "reply",
            "byline", "byl", "author", "authors", "bio", "timestamp", "meta", "tags", "tag", "topics", "keywords", "caption",
            "credit", "credits", "toolbar", "tools", "print", "skip", "nav", "navigation", "menu", "footer", "sidebar",
            "rail", "widget", "modal", "popup", "overlay", "sticky", "alert", "ticker", "kicker", "weather", "video",
            "player", "audio", "podcast", "embed", "tweet", "twitter", "instagram", "disclaimer", "epic",
            "contributions", "contribute", "donate", "submeta", "pagination", "pager", "hidden", "hide", "visually",
            "sr", "dek", "standfirst", "summary", "follow", "masthead", "header", "promos", "headline", "pullquote");
    /** Phrases of class names (words joined by hyphens) that mark chrome. */
    private static final Pattern NEGATIVE_PHRASE = Pattern.compile("read-?more|read-?next|more-?stories|most-?read"
            + "|you-?may-?like|also-?read|see-?also|post-?navigation|nav-?links|inline-?link|internal-?link|rich-?link"
            + "|links-?block|topic-?list|story-?info|block-?time|key-?events|live-?badge|bucketwrap|credit-?caption"
            + "|transcript-?note|top-?bar|nl-?promo|app-?promo|author-?box|trust-?badge|site-?info");
    /** Words of class names and ids that mark the article. */
    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "story", "text",
            "post", "richtext", "storytext", "articlebody", "blog", "prose", "copy");
    private static final Pattern CLASS_WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    /** A short block that is chrome whatever element it sits in. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(advertisement|ad|sponsored( content)?"
            + "|skip advertisement|scroll to continue.*|continue reading.*|read (more|next|also)\\b.*|related( coverage| stories| story| articles)?\\s*:.*"
            + "|see also\\b.*|also read\\b.*|more (from|on) .*|share( this( article| story)?)?:?|sign up\\b.*|subscribe\\b.*"
            + "|follow us\\b.*|click here\\b.*|(watch|video|listen|audio|photos?|image( source)?|photograph)\\s*:.*"
            + "|copyright\\b.*|©.*|.*all rights reserved.*|this (material|article) may not be .*"
            + "|(published|updated|posted|last updated)( on)?:?\\s.{0,40}\\d{4}.*|by \\p{Lu}[\\p{L}.'’-]*(\\s+(and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,4}(,.*)?"
            + "|got a (story|tip)\\b.*|download (the|our) .* app\\b.*|a version of this article appears in print.*"
            + "|(this|the) (story|article) (was|has been) (originally )?(published|updated) .*"
            + "|\\d+ (min|minute)s? read|pinned post|key events?|order reprints.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"”’)\\]]$");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl",
            "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
            "thead", "tfoot", "caption", "center", "body", "address", "details", "summary", "hr", "header", "footer",
            "aside", "nav", "figure", "form", "fieldset");
    /** A paragraph this long, and mostly not links, is prose. */
    private static final int PROSE_CHARS = 80;
    /** The article is the deepest element that holds this share of the page's prose. */
    private static final double ARTICLE_SHARE = 0.8;
    private static final int MIN_WORDS = 25;

    private MainText() {
    }

    /** A run of text between two block boundaries. */
    private record TextBlock(Element owner, String text, int linkChars, int boldChars) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean isProse() {
            return text.length() >= PROSE_CHARS && linkDensity() < 0.33 && !BOILERPLATE.matcher(text).matches();
        }

        boolean isHeading() {
            String tag = owner.normalName();
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6'
                    || text.length() < 100 && boldChars * 10 >= text.length() * 9 && !SENTENCE_END.matcher(text).find();
        }

        boolean isListItem() {
            return owner.normalName().equals("li");
        }
    }

    /**
     * Finds the main text of a page's body; the body is changed (its chrome removed).
     *
     * @param headline the page's headline, left out of the text
     */
    static Result extract(Element body, String headline) {
        removeChrome(body);
        List<TextBlock> blocks = blocks(body);
        Element article = articleElement(body, blocks);
        if (article != null) {
            List<String> lines = keep(blocks.stream().filter(block -> within(block.owner(), article)).toList(), headline);
            Result found = new Result(lines, Extraction.DOM);
            if (found.words() >= MIN_WORDS) {
                return found;
            }
        }
        return new Result(keep(blocks, headline), Extraction.PLAIN);
    }

    private static void removeChrome(Element body) {
        body.select(NOISE).remove();
        List<Element> chrome = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && isChrome(element)) {
                chrome.add(element);
            }
        }
        chrome.forEach(Element::remove);
    }

    /** Marked as chrome by its class or id, unless it is also marked as the article and holds much text. */
    private static boolean isChrome(Element element) {
        String names = (element.className() + " " + element.id()).strip();
        if (names.isEmpty() || element.normalName().equals("main")) {
            return false;
        }
        boolean negative = NEGATIVE_PHRASE.matcher(names.toLowerCase(Locale.ROOT).replace('_', '-')).find();
        boolean positive = false;
        for (String word : CLASS_WORDS.split(names)) {
            String lower = word.toLowerCase(Locale.ROOT);
            negative |= NEGATIVE.contains(lower);
            positive |= POSITIVE.contains(lower);
        }
        return negative && (!positive || element.text().length() < 400);
    }

    /** The page's text as blocks, in reading order: a block ends where a block element or two line breaks begin or end. */
    private static List<TextBlock> blocks(Element body) {
        List<TextBlock> blocks = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        owners.push(body);
        StringBuilder text = new StringBuilder();
        int[] marks = new int[2]; // link characters, bold characters
        int[] depth = new int[2]; // inside a link, inside bold
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int level) {
                if (node instanceof TextNode textNode) {
                    String piece = textNode.getWholeText().replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n]+", " ");
                    text.append(piece);
                    int visible = piece.strip().length();
                    marks[0] += depth[0] > 0 ? visible : 0;
                    marks[1] += depth[1] > 0 ? visible : 0;
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        if (text.toString().stripTrailing().endsWith("\n")) {
                            flush(blocks, owners.peek(), text, marks); // two line breaks end a paragraph
                        } else {
                            text.append('\n');
                        }
                    } else if (isBlock(tag)) {
                        flush(blocks, owners.peek(), text, marks);
                        owners.push(element);
                    } else if (tag.equals("a")) {
                        depth[0]++;
                    } else if (tag.equals("b") || tag.equals("strong")) {
                        depth[1]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int level) {
                if (node instanceof Element element && element != body) {
                    String tag = element.normalName();
                    if (isBlock(tag)) {
                        flush(blocks, owners.pop(), text, marks);
                    } else if (tag.equals("a")) {
                        depth[0]--;
                    } else if (tag.equals("b") || tag.equals("strong")) {
                        depth[1]--;
                    }
                }
            }
        }, body);
        flush(blocks, body, text, marks);
        return blocks;
    }

    private static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag) || tag.indexOf('-') > 0;
    }

    private static void flush(List<TextBlock> blocks, Element owner, StringBuilder text, int[] marks) {
        String line = text.toString().replace('\n', ' ').replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            blocks.add(new TextBlock(owner, line, Math.min(marks[0], line.length()), Math.min(marks[1], line.length())));
        }
        text.setLength(0);
        marks[0] = 0;
        marks[1] = 0;
    }

    /** The deepest element that holds most of the page's prose, or null when the page has no prose. */
    private static Element articleElement(Element body, List<TextBlock> blocks) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (TextBlock block : blocks) {
            if (!block.isProse()) {
                continue;
            }
            total += block.text().length();
            for (Element element = block.owner(); element != null; element = element.parent()) {
                prose.merge(element, block.text().length(), Integer::sum);
                if (element == body) {
                    break;
                }
            }
        }
        if (total == 0) {
            return null;
        }
        Element article = body;
        while (true) {
            Element richest = null;
            int most = 0;
            for (Element child : article.children()) {
                int held = prose.getOrDefault(child, 0);
                if (held > most) {
                    most = held;
                    richest = child;
                }
            }
            if (richest == null || most < total * ARTICLE_SHARE) {
                return article;
            }
            article = richest;
        }
    }

    private static boolean within(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The blocks that are the article's text: prose, list items, headings before text, short sentences. */
    private static List<String> keep(List<TextBlock> blocks, String headline) {
        String title = headline == null ? "" : PageMetadata.normalise(headline);
        List<TextBlock> kept = new ArrayList<>();
        Map<Element, Integer> itemNumbers = new HashMap<>();
        for (TextBlock block : blocks) {
            String text = block.text();
            if (text.equals(title) || block.owner().normalName().equals("h1") && PageMetadata.similar(text, title)) {
                continue;
            }
            if (block.linkDensity() > 0.5 || text.length() < 160 && BOILERPLATE.matcher(text).matches()) {
                continue;
            }
            if (block.isProse() || block.isHeading() || block.isListItem() && block.linkDensity() < 0.3
                    || wordCount(text) >= 3 && SENTENCE_END.matcher(text).find()) {
                kept.add(block);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            TextBlock block = kept.get(i);
            if (block.isHeading() && !block.isListItem()) {
                // A heading is the article's when text of the article follows it.
                TextBlock next = i + 1 < kept.size() ? kept.get(i + 1) : null;
                if (next == null || next.isHeading() && !next.isListItem()) {
                    continue;
                }
            }
            String text = block.text();
            Element list = block.owner().parent();
            if (block.isListItem() && list != null && list.normalName().equals("ol")) {
                text = itemNumbers.merge(list, 1, Integer::sum) + ". " + text;
            }
            lines.add(text);
        }
        return lines;
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
