package dev.parallax.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleSummary;
import dev.parallax.story.StoryCatalog;
import dev.parallax.story.StorySummary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Date;
import java.util.List;

/** Atom feeds of new articles and of stories, so readers can follow the coverage in a feed reader. */
@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    private final ArticleCatalog articles;
    private final StoryCatalog stories;

    FeedController(ArticleCatalog articles, StoryCatalog stories) {
        this.articles = articles;
        this.stories = stories;
    }

    @GetMapping("/feeds/articles.atom")
    ResponseEntity<String> articles(HttpServletRequest request) throws FeedException {
        String base = base(request);
        Feed feed = feed(base, "Parallax — new articles", base + "/feeds/articles.atom");
        List<ArticleSummary> latest = articles.latest(ENTRIES);
        feed.setEntries(latest.stream().map(article -> entry(base + "/articles/" + article.id(), article.title(),
                "From %s, %d words.".formatted(article.source(), article.wordCount()))).toList());
        return atom(feed);
    }

    @GetMapping("/feeds/stories.atom")
    ResponseEntity<String> stories(HttpServletRequest request) throws FeedException {
        String base = base(request);
        Feed feed = feed(base, "Parallax — stories", base + "/feeds/stories.atom");
        List<StorySummary> newest = stories.page(0, ENTRIES);
        feed.setEntries(newest.stream().map(story -> entry(base + "/stories/" + story.id(), story.title(),
                "%d articles compared side by side.".formatted(story.articleIds().size()))).toList());
        return atom(feed);
    }

    private static Feed feed(String base, String title, String self) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(new Date());
        Link alternate = new Link();
        alternate.setHref(base + "/");
        Link selfLink = new Link();
        selfLink.setRel("self");
        selfLink.setHref(self);
        feed.setAlternateLinks(List.of(alternate));
        feed.setOtherLinks(List.of(selfLink));
        return feed;
    }

    private static Entry entry(String url, String title, String summary) {
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(title);
        entry.setUpdated(new Date());
        Link link = new Link();
        link.setHref(url);
        entry.setAlternateLinks(List.of(link));
        Content content = new Content();
        content.setType("text");
        content.setValue(summary);
        entry.setSummary(content);
        return entry;
    }

    private static ResponseEntity<String> atom(Feed feed) throws FeedException {
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
