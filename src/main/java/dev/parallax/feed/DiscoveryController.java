package dev.parallax.feed;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.outlet.Outlets;
import dev.parallax.story.StoryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

import java.util.stream.Stream;

/** What browsers and crawlers look for: an OpenSearch description and a sitemap of every page. */
@Controller
class DiscoveryController {

    private static final int MAX_SITEMAP_URLS = 50_000;

    private final ArticleCatalog articles;
    private final StoryCatalog stories;
    private final Outlets outlets;

    DiscoveryController(ArticleCatalog articles, StoryCatalog stories, Outlets outlets) {
        this.articles = articles;
        this.stories = stories;
        this.outlets = outlets;
    }

    @GetMapping("/opensearch.xml")
    ResponseEntity<String> openSearch(HttpServletRequest request) {
        String base = HtmlUtils.htmlEscape(FeedController.base(request));
        String description = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>Parallax</ShortName>
                  <Description>Search news coverage side by side</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Url type="text/html" method="get" template="%1$s/search?q={searchTerms}"/>
                  <Url type="application/json" method="get" template="%1$s/api/search?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(base);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8"))
                .body(description);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = HtmlUtils.htmlEscape(FeedController.base(request));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        Stream.of(Stream.of("/", "/questions", "/outlets"),
                        outlets.all().stream().map(outlet -> "/outlets/" + UriUtils.encodePath(outlet.source(), StandardCharsets.UTF_8)),
                        stories.newestIds(0, MAX_SITEMAP_URLS).stream().map(id -> "/stories/" + id),
                        articles.firstIds(MAX_SITEMAP_URLS).stream().map(id -> "/articles/" + id))
                .flatMap(paths -> paths)
                .limit(MAX_SITEMAP_URLS) // what one sitemap file may list
                .forEach(path -> xml.append("  <url><loc>").append(base).append(HtmlUtils.htmlEscape(path)).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml.toString());
    }
}
