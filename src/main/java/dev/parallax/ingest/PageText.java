package dev.parallax.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A fetched page as Parallax keeps it: its HTML without scripts (JSON-LD excepted), styles, inline images and
 * comments, which are most of a news page's bytes and none of its article. Reading what is kept gives the same
 * article as reading the page as fetched.
 */
final class PageText {

    private PageText() {
    }

    static String withoutScripts(String html, URI address) {
        Document page = Jsoup.parse(html, address == null ? "" : address.toString());
        page.select("script:not([type~=(?i)application/ld\\+json]), style, link[rel~=(?i)stylesheet|preload|prefetch|icon], svg, template, iframe, noscript").remove();
        List<Node> comments = new ArrayList<>();
        page.forEachNode(node -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        page.outputSettings().prettyPrint(false);
        return page.outerHtml();
    }
}
