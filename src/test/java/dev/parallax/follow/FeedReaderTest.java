package dev.parallax.follow;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    private static final URI FEED = URI.create("https://news.example/feeds/world.xml");
    private final FeedReader reader = new FeedReader();

    private FeedReader.ReadFeed read(String xml) throws FeedReader.NotAFeed {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), FEED);
    }

    @Test
    void readsRss2WithRelativeLinksAndDates() throws Exception {
        FeedReader.ReadFeed feed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World &amp; more</title><link>https://news.example/</link>
                <item><title>Storm closes port</title><link>/2026/12/07/storm-closes-port?utm_source=rss</link>
                  <pubDate>Mon, 07 Dec 2026 10:30:00 GMT</pubDate></item>
                <item><title><![CDATA[Council <b>votes</b>]]></title><guid isPermaLink="true">https://news.example/council</guid></item>
                <item><title>No link at all</title><description>nothing to fetch</description></item>
                </channel></rss>""");

        assertThat(feed.title()).isEqualTo("World & more");
        assertThat(feed.items()).extracting(FeedReader.Item::link).containsExactly(
                URI.create("https://news.example/2026/12/07/storm-closes-port?utm_source=rss"), URI.create("https://news.example/council"));
        assertThat(feed.items().getFirst().published()).isEqualTo(Instant.parse("2026-12-07T10:30:00Z"));
        assertThat(feed.items().get(1).title()).isEqualTo("Council votes");
    }

    @Test
    void readsRss091AndRss1AndAtom() throws Exception {
        assertThat(read("""
                <rss version="0.91"><channel><title>Old</title><link>https://news.example/</link><description>d</description>
                <item><title>One</title><link>https://news.example/one</link></item></channel></rss>""").items()).hasSize(1);
        assertThat(read("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://news.example/"><title>RDF</title><link>https://news.example/</link><description>d</description></channel>
                <item rdf:about="https://news.example/two"><title>Two</title><link>https://news.example/two</link>
                  <dc:date>2026-12-07T09:00:00Z</dc:date></item></rdf:RDF>""").items())
                .singleElement().satisfies(item -> {
                    assertThat(item.link()).isEqualTo(URI.create("https://news.example/two"));
                    assertThat(item.published()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
                });
        FeedReader.ReadFeed atom = read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2026-12-07T09:00:00Z</updated>
                <entry><title>Three</title><id>urn:3</id><link rel="alternate" href="https://news.example/three"/>
                  <link rel="enclosure" href="https://news.example/three.mp3"/><published>2026-12-07T08:00:00+01:00</published>
                  <updated>2026-12-07T09:00:00Z</updated></entry></feed>""");
        assertThat(atom.items()).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo(URI.create("https://news.example/three"));
            assertThat(item.published()).isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
        });
    }

    @Test
    void aFeedThatIsNotWellFormedIsMended() throws Exception {
        FeedReader.ReadFeed feed = read("""
                <rss version="2.0"><channel><title>Tom & Jerry News</title>
                <item><title>Cats & dogs</title><link>https://news.example/cats?a=1&b=2</link></item>
                </channel>""");

        assertThat(feed.items()).extracting(FeedReader.Item::link).containsExactly(URI.create("https://news.example/cats?a=1&b=2"));
    }

    @Test
    void aWebPageOrGarbageIsRefusedWithAReason() {
        assertThatThrownBy(() -> read("""
                <!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>
                <body>Home</body></html>""")).isInstanceOf(FeedReader.NotAFeed.class)
                .hasMessageContaining("web page, not a feed").hasMessageContaining("https://news.example/rss.xml");
        assertThatThrownBy(() -> read("{\"not\": \"xml\"}")).isInstanceOf(FeedReader.NotAFeed.class)
                .hasMessageContaining("not an RSS or Atom feed");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title><item><title>a</title><link>https://news.example/a</link></item></channel></rss>"""))
                .satisfiesAnyOf(thrown -> assertThat(thrown).isInstanceOf(FeedReader.NotAFeed.class),
                        thrown -> assertThat(thrown.getMessage()).doesNotContain("root:"));
    }
}
