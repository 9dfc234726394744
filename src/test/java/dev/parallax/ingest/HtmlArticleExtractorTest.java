package dev.parallax.ingest;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The extractor on hostile and awkward pages, beside the corpus that ExtractionEvaluationTest scores. */
class HtmlArticleExtractorTest {

    private static final URI ADDRESS = URI.create("https://www.valleyherald.example/news/2025/08/14/harvest");
    private static final String PROSE = "Farmers in the valley began the harvest two weeks early this year after a dry summer, "
            + "and the regional board said yields were down by about a fifth compared with last season.";

    @Test
    void handWrittenJsonLdWithCommentsTrailingCommasAndLineBreaksIsStillRead() {
        String html = """
                <html><head><script type="application/ld+json">
                // added by the CMS
                {"@context": "https://schema.org", "@type": ["NewsArticle"], "headline": "Early harvest",
                 "datePublished": "2025-08-14T09:00:00+0200", "author": {"@type": "Person", "name": "By Ana Ortiz"},
                 "publisher": {"@type": "Organization", "name": "Valley Herald",},
                 "articleBody": "<p>%s</p><p>%s</p><p>%s It was
                 the earliest start in memory.</p>",}
                </script></head><body><div class="teaser"><p>%s</p></div></body></html>
                """.formatted(PROSE, PROSE, PROSE, PROSE);

        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, ADDRESS, null);

        assertThat(extracted.method()).isEqualTo(Extraction.JSON_LD);
        assertThat(extracted.body().split("\n\n")).hasSize(3);
        assertThat(extracted.metadata().source()).isEqualTo("Valley Herald");
        assertThat(extracted.metadata().author()).isEqualTo("Ana Ortiz");
        assertThat(extracted.metadata().published().instant()).isEqualTo(Instant.parse("2025-08-14T07:00:00Z"));
    }

    @Test
    void withoutAnyMetadataTheHostNamesTheOutletAndTheAddressTheDay() {
        String html = "<html><body><div><div><p>" + PROSE + "</p><p>" + PROSE + "</p></div></div></body></html>";

        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, ADDRESS, null);

        assertThat(extracted.metadata().source()).isEqualTo("valleyherald.example");
        assertThat(extracted.metadata().published().date()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(extracted.metadata().url()).isEqualTo(ADDRESS.toString());
        assertThat(extracted.body()).contains("regional board").doesNotContain("<");
    }

    @Test
    void theFeedsDateIsUsedWhenThePageGivesNone() {
        String html = "<html><body><article><p>" + PROSE + "</p></article></body></html>";
        PublishedTime fromFeed = PublishedTime.of(java.time.OffsetDateTime.parse("2025-08-13T22:00:00Z"));

        assertThat(HtmlArticleExtractor.extract(html, URI.create("https://herald.example/a"), fromFeed).metadata().published())
                .isEqualTo(fromFeed);
    }

    @Test
    void aLongDiscussionOutsideTheArticleIsNotTakenForIt() {
        String comment = "I have lived in this valley all my life and I can tell you that nobody in the regional board has ever "
                + "understood what a dry summer does to a farm, whatever they say in their reports and meetings.";
        String html = "<html><body><main><article><h1>Early harvest</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article><section id=\"comments\"><h2>12 comments</h2><ol><li><p>" + comment + "</p></li><li><p>"
                + comment + "</p></li></ol></section></main></body></html>";

        String body = HtmlArticleExtractor.extract(html, ADDRESS, null).body();

        assertThat(body).contains("regional board said").doesNotContain("lived in this valley").doesNotContain("12 comments");
    }

    @Test
    void brokenAndDeeplyNestedMarkupIsReadWithoutFailing() {
        String nested = "<div>".repeat(20_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(20_000);
        String broken = "<html><body><p>" + PROSE + "<table><tr><td><p>" + PROSE + "<a href='x'><p>" + PROSE + "</table></a>"
                + "<script>document.write('<p>')</script><p>unclosed " + PROSE;

        assertThat(HtmlArticleExtractor.extract(nested, ADDRESS, null).body()).contains("regional board");
        assertThat(HtmlArticleExtractor.extract(broken, ADDRESS, null).body()).contains("regional board").doesNotContain("document.write");
    }

    @Test
    void randomBytesNeverFailOtherwiseThanByARefusal() {
        Random random = new Random(21);
        ArticleReader reader = new ArticleReader();
        for (int i = 0; i < 200; i++) {
            StringBuilder page = new StringBuilder("<html><body>");
            for (int j = 0; j < 200; j++) {
                page.append(switch (random.nextInt(8)) {
                    case 0 -> "<div class=\"" + (random.nextBoolean() ? "share" : "story") + "\">";
                    case 1 -> "</div>";
                    case 2 -> "<p>";
                    case 3 -> "<br>";
                    case 4 -> "<a href=\"/x\">link</a>";
                    case 5 -> "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":" + random.nextInt() + "}</script>";
                    case 6 -> PROSE.substring(0, random.nextInt(PROSE.length()));
                    default -> Character.toString(random.nextInt(0x20, 0x2FFF));
                });
            }
            assertThatCode(() -> {
                try {
                    reader.read(page.toString(), "random.html", ADDRESS, null);
                } catch (IngestionRefusedException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }).doesNotThrowAnyException();
        }
    }
}
