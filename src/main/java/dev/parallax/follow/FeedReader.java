package dev.parallax.follow;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom feeds with ROME (doctypes refused, so no external entity is ever read). A feed
 * that is not well-formed XML, as some are (a bare ampersand, an unclosed tag), is read again after jsoup's lenient
 * XML parser has mended it; a web page in place of a feed is refused with the address of the feed it links to.
 */
final class FeedReader {

    /** A feed as read: its title and its items, in the feed's order. */
    record ReadFeed(String title, List<Item> items) {
    }

    /** An item: the address of its article, its title, and when the feed says it was published (or null). */
    record Item(URI link, String title, Instant published) {
    }

    /** Why bytes are not a feed, in a sentence. */
    static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    ReadFeed read(byte[] body, URI feedAddress) throws NotAFeed {
        SyndFeed feed;
        try {
            feed = parse(body);
        } catch (FeedException | IOException | IllegalArgumentException broken) {
            String text = new String(body, StandardCharsets.UTF_8);
            if (looksLikeHtml(text)) {
                throw new NotAFeed(webPageInstead(text, feedAddress));
            }
            try {
                feed = mended(text);
            } catch (FeedException | IllegalArgumentException stillBroken) {
                throw new NotAFeed("This is not an RSS or Atom feed that can be read: " + firstLine(broken.getMessage()));
            }
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = link(entry, feedAddress);
            if (link != null) {
                items.add(new Item(link, clean(entry.getTitle()), published(entry)));
            }
        }
        return new ReadFeed(clean(feed.getTitle()), items);
    }

    private static SyndFeed parse(byte[] body) throws FeedException, IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            return input.build(reader);
        }
    }

    private static SyndFeed mended(String text) throws FeedException {
        Document document = Jsoup.parse(text.replaceFirst("(?is)^\\s*<!DOCTYPE[^>]*>", ""), "", Parser.xmlParser());
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new StringReader(document.outerHtml()));
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    private static String webPageInstead(String html, URI address) {
        Document page = Jsoup.parse(html, address.toString());
        Element alternate = page.selectFirst("link[rel=alternate][type~=(?i)application/(rss|atom)\\+xml][href]");
        return alternate == null ? "This address is a web page, not a feed; give the address of the site's RSS or Atom feed."
                : "This address is a web page, not a feed; its feed is at " + alternate.absUrl("href") + ".";
    }

    /** The entry's article: its link, else its first alternate link, else a guid that is an address. */
    private static URI link(SyndEntry entry, URI feedAddress) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        if (entry.getLinks() != null) {
            for (SyndLink link : entry.getLinks()) {
                if (link.getRel() == null || link.getRel().equals("alternate")) {
                    candidates.add(link.getHref());
                }
            }
        }
        candidates.add(entry.getUri());
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI link = feedAddress.resolve(new URI(candidate.strip().replace(" ", "%20")));
                String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && link.getHost() != null) {
                    return link;
                }
            } catch (URISyntaxException | IllegalArgumentException notAnAddress) {
                // try the next
            }
        }
        return null;
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : Parser.unescapeEntities(text, false);
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? null : plain.length() > 500 ? plain.substring(0, 500) + "…" : plain;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it is not well-formed XML.";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
