package dev.parallax.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Text no article should hold, and random text: every annotator takes it without throwing, and every span it gives
 * lies inside the text, in order, so that cutting the text by it is safe.
 */
class HostileTextTest {

    /** Pieces random texts are built of: the marks and words the analysers treat specially, and odd characters. */
    private static final String[] PIECES = {"“", "”", "\"", "(", ")", ".", "..", "...", "$", "€", "%", "-", "—", ",", ":",
            "?", "!", "’s", "'", "Col.", "Jr.", "U.S.", "a.m.", "ET", "GMT", "1:27", "0527", "6-3", "948-foot-long", "feet",
            "km", "miles", "million", "at least", "up to", "said", "he said", "according to", "Moore", "Wes", "Gov.",
            "Trump", "of", "the", "The", "I-695", "Flight", "2024", "March", "26", "5th", "eleven", "one", "a", "dozen",
            "magnitude", "7.8", "°C", "US$", "BALTIMORE (AP) —", "\u200f", "\u202e", "\u0301", "\u0308", "😀", "👨‍👩‍👧",
            "שלום", "العربية", "中文", "\t", "\n", "  ", "\u00a0", "\uFEFF", "\u0000", "\u0007", "\uFFFD", "e\u0301", "ǅ",
            "İ", "ß", "ﬁ", "１２３", "٣", "Ⅻ", "½"};
    private static final long SEED = 20_241_126L;
    private static final int RANDOM_TEXTS = 250;

    static Stream<Arguments> hostileTexts() {
        Random random = new Random(SEED);
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            numbers.append(random.nextInt(100_000)).append(i % 7 == 0 ? " feet, " : " ");
        }
        StringBuilder binary = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            binary.append((char) random.nextInt(256));
        }
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("white space", " \t\n\r  \u00a0 "),
                Arguments.of("only punctuation", ".,;:!?()[]{}“”\"'’—–-…/\\*&^%$#@~`"),
                Arguments.of("20,000 characters of one word", "word".repeat(5000)),
                Arguments.of("one capitalised word 1,000 times", "Moore ".repeat(1000)),
                Arguments.of("random Unicode", "😀👨‍👩‍👧 שלום العربية e\u0301\u0301\u0301 \u202eCol. Moore\u202c said 1:27 a.m. ET 中文."),
                Arguments.of("unbalanced quotation marks", "“He said,” she said “and then “ he said, “no” and “ ” ” \" she"),
                Arguments.of("an opening mark and nothing else", "“"),
                Arguments.of("a thousand numbers", numbers.toString()),
                Arguments.of("binary-looking text", binary.toString()),
                Arguments.of("full stops", ".".repeat(1000)),
                Arguments.of("opening brackets", "(".repeat(1000)),
                Arguments.of("brackets and full stops", "(.".repeat(1000)),
                Arguments.of("abbreviations only", "Col. Sen. Gov. St. Jr. Inc. U.S. a.m. p.m. Mr. Dr. No. Nos. v. vs."),
                Arguments.of("tallies and ranges", "1-2 3-4 ruled 9-0 ruled 0-9 voted 100-99 ruled 999-1 6-3-1 -5 5-"),
                Arguments.of("huge and odd numbers", "magnitude 7.8 7.8-magnitude magnitude-99 1.1.1.1 "
                        + "1,000,000,000,000,000,000,000 $999999999999999999999999 billion 0.000000001 km ,5 5, 5,,5"),
                Arguments.of("impossible times", "99:99 a.m. 13 p.m. 0 a.m. 24:00 GMT 2599 GMT 12:60 ET (25:99 GMT) 1:27 a.m. ("),
                Arguments.of("attributions without quotes", "According to according to he said she said they said the mayor said"),
                Arguments.of("a dateline and nothing after it", "BALTIMORE (Harbor Wire) — "),
                Arguments.of("lone surrogate halves", "Moore \uD83D said \uDE00 “\uD83D” 5\uDE00 km"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void theAnnotatorTakesHostileTextAndItsSpansStayInside(String description, String text) {
        AnnotatedArticle article = ArticleAnnotator.annotate(1, List.of(new ArticleAnnotator.Paragraph(0, text)));

        assertWellFormed(article);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void theSplitterAndTheTaggerTakeHostileText(String description, String text) {
        List<Span> sentences = SentenceSplitter.split(text);

        assertInside(sentences, text);
        assertThat(sentences).isSorted();
        assertNoOverlap(sentences);
        assertThat(SentenceSplitter.first(text)).isNotNull();
        List<Token> tokens = Tagger.tag(text);
        assertInside(tokens.stream().map(Token::span).toList(), text);
        assertThat(tokens).allSatisfy(token -> assertThat(token.span().of(text)).isEqualTo(token.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void theNameMatcherTakesHostileText(String description, String text) {
        Name name = Name.of(text);

        assertThatCode(() -> {
            NameMatcher.sameName(name, Name.of("Wes Moore"));
            NameMatcher.sameName(name, name);
            for (EntityType type : EntityType.values()) {
                NameMatcher.shortFormOf(name, Name.of("National Transportation Safety Board"), type);
                NameMatcher.shortFormOf(Name.of("Moore"), name, type);
            }
            name.acronym();
            name.last();
            name.isAcronym();
        }).doesNotThrowAnyException();
    }

    @Test
    void randomTextsOfTrickyPiecesAnnotateWithSpansInside() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            List<ArticleAnnotator.Paragraph> paragraphs = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int p = 0; p < count; p++) {
                paragraphs.add(new ArticleAnnotator.Paragraph(p, randomText(random)));
            }
            AnnotatedArticle article;
            try {
                article = ArticleAnnotator.annotate(i, paragraphs);
            } catch (RuntimeException e) {
                throw new AssertionError("Random text " + i + " of seed " + SEED + " failed: " + paragraphs, e);
            }
            assertWellFormed(article);
        }
    }

    @Test
    void randomTextsMatchAsNamesWithoutThrowing() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            Name one = Name.of(randomText(random));
            Name other = Name.of(randomText(random));
            assertThat(NameMatcher.sameName(one, one) || one.core().isEmpty()).as("a name is itself: " + one).isTrue();
            assertThat(NameMatcher.sameName(one, other)).as(one + " and " + other)
                    .isEqualTo(NameMatcher.sameName(other, one));
        }
    }

    /** A text of up to 40 random pieces: tricky words and marks, random code points, spaces. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int k = 0; k < pieces; k++) {
            switch (random.nextInt(3)) {
                case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> text.appendCodePoint(randomCodePoint(random));
                default -> text.append(' ');
            }
        }
        return text.toString();
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int codePoint = random.nextInt(0x1_FFFF);
            if (Character.isDefined(codePoint) && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return codePoint;
            }
        }
    }

    /** Every span of every block inside its text and in order, every index into the entities valid. */
    private static void assertWellFormed(AnnotatedArticle article) {
        for (AnnotatedBlock block : article.blocks()) {
            String text = block.text();
            assertInside(block.sentences(), text);
            assertThat(block.sentences()).isSorted();
            assertNoOverlap(block.sentences());
            assertInside(block.tokens().stream().map(Token::span).toList(), text);
            assertThat(block.tokens()).extracting(Token::span).isSorted();
            assertThat(block.tokens()).allSatisfy(token -> assertThat(token.span().of(text)).isEqualTo(token.text()));
            assertInside(block.names().stream().map(NameMention::span).toList(), text);
            assertThat(block.names()).extracting(NameMention::span).isSorted();
            assertThat(block.names()).allSatisfy(name -> {
                assertThat(name.entity()).isBetween(0, article.entities().size() - 1);
                assertThat(name.span().of(text)).isEqualTo(name.name());
            });
            assertInside(block.quantities().stream().map(QuantityMention::span).toList(), text);
            assertThat(block.quantities()).extracting(QuantityMention::span).isSorted();
            assertThat(block.quantities()).allSatisfy(figure -> {
                assertThat(figure.dimension()).isNotNull();
                assertThat(figure.hedge()).isNotNull();
                assertThat(figure.value()).isFinite();
                assertThat(figure.normalized()).isFinite();
            });
            assertInside(block.quotes().stream().map(Quotation::span).toList(), text);
            assertInside(block.quotes().stream().map(Quotation::attribution).filter(span -> span != null).toList(), text);
            assertThat(block.quotes()).extracting(Quotation::span).isSorted();
            assertThat(block.quotes()).allSatisfy(quote -> {
                assertThat(quote.attributedBy()).isNotNull();
                if (quote.speaker() != null) {
                    assertThat(quote.speaker()).isBetween(0, article.entities().size() - 1);
                }
            });
        }
        assertThat(article.entities()).allSatisfy(entity -> {
            assertThat(entity.name()).isNotBlank();
            assertThat(entity.type()).isNotNull();
            assertThat(entity.variants()).contains(entity.name());
        });
    }

    private static void assertInside(List<Span> spans, String text) {
        assertThat(spans).allSatisfy(span -> {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThatCode(() -> span.of(text)).doesNotThrowAnyException();
        });
    }

    private static void assertNoOverlap(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
