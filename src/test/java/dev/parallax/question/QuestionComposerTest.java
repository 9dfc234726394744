package dev.parallax.question;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.BlockKind;
import dev.parallax.compare.StoryComparison;
import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.text.Dimension;
import dev.parallax.text.EntityType;
import dev.parallax.text.Hedge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A comparison of our own: three outlets on a stadium roof that collapsed in snow. */
class QuestionComposerTest {

    private static final List<StoryComparison.ArticleRef> ARTICLES = List.of(
            new StoryComparison.ArticleRef(1, "ledger.txt", "Roof Falls", "Ledger", null),
            new StoryComparison.ArticleRef(2, "bulletin.txt", "Stadium Roof Collapses", "Bulletin", null),
            new StoryComparison.ArticleRef(3, "wire.txt", "Snow Brings Down Roof", "Wire", null));

    private static StoryComparison comparison(List<StoryComparison.NumberGroup> numbers, List<StoryComparison.QuoteGroup> quotes,
                                              List<StoryComparison.EntityGroup> entities, List<StoryComparison.UniqueSentences> unique) {
        return new StoryComparison(9, "Stadium roof", ARTICLES, List.of(), numbers, quotes, entities, unique, List.of(), List.of(), null);
    }

    private final QuestionComposer composer = new QuestionComposer();

    @Test
    void figuresThatDifferBecomeAQuestionWithBothFiguresAndTheirPassages() {
        var cost = new StoryComparison.NumberGroup("repairs", Agreement.DIFFER, Dimension.MONEY, List.of(
                new StoryComparison.NumberValue(1, 2, "12 million pounds", 12e6, "GBP", 12e6, "GBP", "Repairs will cost 12 million pounds.", Hedge.EXACT, null),
                new StoryComparison.NumberValue(2, 4, "15 million pounds", 15e6, "GBP", 15e6, "GBP", "The repairs could reach 15 million pounds.", Hedge.EXACT, null)));

        List<Question> questions = composer.compose(comparison(List.of(cost), List.of(), List.of(), List.of()), List.of());

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The sources put the repairs at 12 million pounds (Ledger) and at 15 million pounds (Bulletin). "
                    + "Which figure holds, and why might they differ?");
            assertThat(q.origin()).isEqualTo(Question.Origin.DERIVED);
            assertThat(q.storyId()).isEqualTo(9L);
            assertThat(q.evidence()).extracting(Question.Evidence::articleId, Question.Evidence::blockIndex)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2), org.assertj.core.groups.Tuple.tuple(2L, 4));
        });
    }

    @Test
    void unitsAreShownConvertedWhenTheFiguresDisagree() {
        var length = new StoryComparison.NumberGroup("span", Agreement.DIFFER, Dimension.LENGTH, List.of(
                new StoryComparison.NumberValue(1, 1, "120 m", 120, "m", 0.12, "km", "The span was 120 m.", Hedge.EXACT, null),
                new StoryComparison.NumberValue(3, 2, "420 feet", 420, "ft", 0.128, "km", "The span was 420 feet.", Hedge.EXACT, null)));

        String text = composer.compose(comparison(List.of(length), List.of(), List.of(), List.of()), List.of()).getFirst().text();

        assertThat(text).contains("120 m (394 ft)", "420 feet (128 m)").doesNotContain("km");
    }

    @Test
    void aQuoteWordedDifferentlyNamesTheSpeakerAndBothWordings() {
        var quote = new StoryComparison.QuoteGroup("Clara Voss", List.of(
                new StoryComparison.QuoteVariant(1, 3, "Nobody could have foreseen this much snow", "Clara Voss", List.of()),
                new StoryComparison.QuoteVariant(2, 5, "Nobody foresaw this much snow", "Clara Voss", List.of())));

        Question question = composer.compose(comparison(List.of(), List.of(quote), List.of(), List.of()), List.of()).getFirst();

        assertThat(question.text()).startsWith("Clara Voss is quoted as saying “Nobody could have foreseen this much snow” (Ledger) "
                + "and “Nobody foresaw this much snow” (Bulletin).");
        assertThat(question.evidence()).hasSize(2);
    }

    @Test
    void peopleSomeSourcesLeaveOutAndAVoiceOnlyOneCarries() {
        var engineer = new StoryComparison.EntityGroup("Tomas Brandt", EntityType.PERSON, List.of("Tomas Brandt", "Brandt"), List.of(1L, 2L),
                List.of(new StoryComparison.Passage(1, 4, "Tomas Brandt inspected the roof in May.")), List.of());
        var everyone = new StoryComparison.EntityGroup("Clara Voss", EntityType.PERSON, List.of("Clara Voss"), List.of(1L, 2L, 3L), List.of(), List.of());
        var lonely = new StoryComparison.QuoteGroup("Ines Marlow", List.of(
                new StoryComparison.QuoteVariant(3, 6, "We warned the club about the drains last winter", "Ines Marlow", List.of())));
        var unique = List.of(new StoryComparison.UniqueSentences(1, List.of("Tomas Brandt inspected the roof in May."),
                List.of(new StoryComparison.Passage(1, 4, "Tomas Brandt inspected the roof in May."))));

        List<Question> questions = composer.compose(comparison(List.of(), List.of(lonely), List.of(engineer, everyone), unique), List.of());

        assertThat(questions).extracting(Question::text)
                .contains("Tomas Brandt appears in 2 of the 3 articles but not in Wire. What does a reader of that article miss without Brandt?")
                .contains("Only Wire quotes Ines Marlow: “We warned the club about the drains last winter”. Why might the other sources have left this voice out?")
                .noneMatch(text -> text.contains("Clara Voss appears"));
        assertThat(questions).filteredOn(q -> q.kind().equals("people")).singleElement()
                .satisfies(q -> assertThat(q.evidence()).extracting(Question.Evidence::blockIndex).containsExactly(4));
    }

    @Test
    void aVoiceAnotherSourcePrintsWithoutItsSpeakerIsNotCarriedByOneAlone() {
        var lonely = new StoryComparison.QuoteGroup("Ines Marlow", List.of(
                new StoryComparison.QuoteVariant(3, 6, "We’re warning the club about the drains", "Ines Marlow", List.of())));
        ArticleDetail ledger = ArticleDetail.of(new ArticleSummary(1, "ledger.txt", "Ledger", "Roof Falls", false, 9L, 40),
                List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, "‘We are warning the club about the drains,’ a neighbour was told.")));

        assertThat(composer.compose(comparison(List.of(), List.of(lonely), List.of(), List.of()), List.of(ledger)))
                .noneMatch(question -> question.kind().equals("single-voice"));
        assertThat(composer.compose(comparison(List.of(), List.of(lonely), List.of(), List.of()), List.of()))
                .anyMatch(question -> question.kind().equals("single-voice"));
    }

    @Test
    void noSourceIsSaidToLeaveOutOrNotQuoteSomeoneItNamesInAnotherSpelling() {
        var engineer = new StoryComparison.EntityGroup("Tomas Chawdhary", EntityType.PERSON, List.of("Tomas Chawdhary"), List.of(1L, 2L),
                List.of(new StoryComparison.Passage(1, 4, "Tomas Chawdhary inspected the roof in May.")), List.of());
        var lonely = new StoryComparison.QuoteGroup("Tomas Chawdhary", List.of(
                new StoryComparison.QuoteVariant(1, 6, "The drains froze in the first week of the cold", "Tomas Chawdhary", List.of())));
        ArticleDetail wire = ArticleDetail.of(new ArticleSummary(3, "wire.txt", "Wire", "Snow Brings Down Roof", false, 9L, 40),
                List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, "The inspector, Tomas Chaudhary, said the drains had frozen.")));
        ArticleDetail bulletin = ArticleDetail.of(new ArticleSummary(2, "bulletin.txt", "Bulletin", "Stadium Roof Collapses", false, 9L, 40),
                List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, "Tomas Chawdhary inspected the roof.")));

        assertThat(composer.compose(comparison(List.of(), List.of(lonely), List.of(engineer), List.of()), List.of(bulletin, wire)))
                .noneMatch(question -> question.kind().equals("people") || question.kind().equals("single-voice"));
        ArticleDetail silentWire = ArticleDetail.of(new ArticleSummary(3, "wire.txt", "Wire", "Snow Brings Down Roof", false, 9L, 40),
                List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, "An inspector said the drains had frozen.")));
        assertThat(composer.compose(comparison(List.of(), List.of(), List.of(engineer), List.of()), List.of(bulletin, silentWire)))
                .anyMatch(question -> question.kind().equals("people"));
    }

    @Test
    void sentencesOnlyOneSourceHasRaiseNoQuestionOnTheirOwn() {
        var unique = List.of(
                new StoryComparison.UniqueSentences(1, List.of(), List.of(
                        new StoryComparison.Passage(1, 2, "The roof fell because drains were blocked with ice."))),
                new StoryComparison.UniqueSentences(2, List.of(), List.of(
                        new StoryComparison.Passage(2, 3, "Engineers said the collapse came after a welding fault gave way."))));

        assertThat(composer.compose(comparison(List.of(), List.of(), List.of(), unique), List.of())).isEmpty();
    }

    @Test
    void aQuoteCutShorterOrOfUncertainSpeakerIsNoRewording() {
        var excerpt = new StoryComparison.QuoteGroup("Clara Voss", List.of(
                new StoryComparison.QuoteVariant(1, 3, "Nobody could have foreseen this much snow", "Clara Voss", List.of()),
                new StoryComparison.QuoteVariant(2, 5, "this much snow", "Clara Voss", List.of())));
        var twoSpeakers = new StoryComparison.QuoteGroup("Clara Voss", List.of(
                new StoryComparison.QuoteVariant(1, 3, "The drains were never cleared", "Clara Voss", List.of()),
                new StoryComparison.QuoteVariant(2, 5, "The drains had not been cleared", "Tomas Brandt", List.of())));

        assertThat(composer.compose(comparison(List.of(), List.of(excerpt, twoSpeakers), List.of(), List.of()), List.of())).isEmpty();
    }

    @Test
    void noSourceIsSaidToLeaveOutSomeoneWhoseSurnameItWrites() {
        var engineer = new StoryComparison.EntityGroup("Tomas Brandt", EntityType.PERSON, List.of("Tomas Brandt"),
                List.of(1L, 2L), List.of(), List.of(3L));

        assertThat(composer.compose(comparison(List.of(), List.of(), List.of(engineer), List.of()), List.of())).isEmpty();
    }

    @Test
    void aVoiceIsCalledSingleOnlyWhenNoOtherSourceQuotesThatSpeaker() {
        var first = new StoryComparison.QuoteGroup("Ines Marlow", List.of(
                new StoryComparison.QuoteVariant(3, 6, "We warned the club about the drains last winter", "Ines Marlow", List.of())));
        var second = new StoryComparison.QuoteGroup("Ines Marlow", List.of(
                new StoryComparison.QuoteVariant(1, 2, "Nobody listened to the groundskeepers at all", "Ines Marlow", List.of())));

        assertThat(composer.compose(comparison(List.of(), List.of(first, second), List.of(), List.of()), List.of()))
                .noneMatch(question -> question.kind().equals("single-voice"));
    }

    @Test
    void mostTellingFirstAtMostAHandfulAndStableIds() {
        var cost = new StoryComparison.NumberGroup("repairs", Agreement.DIFFER, Dimension.MONEY, List.of(
                new StoryComparison.NumberValue(1, 2, "12 million pounds", 12e6, "GBP", 12e6, "GBP", "a", Hedge.EXACT, null),
                new StoryComparison.NumberValue(2, 4, "15 million pounds", 15e6, "GBP", 15e6, "GBP", "b", Hedge.EXACT, null)));
        List<StoryComparison.QuoteGroup> voices = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            voices.add(new StoryComparison.QuoteGroup("Speaker " + i, List.of(new StoryComparison.QuoteVariant(3, i,
                    "Quotation number " + i + " about entirely different matter " + "x".repeat(i), "Speaker " + i, List.of()))));
        }
        StoryComparison comparison = comparison(List.of(cost), voices, List.of(), List.of());

        List<Question> questions = composer.compose(comparison, List.of());

        assertThat(questions).hasSizeLessThanOrEqualTo(QuestionComposer.MAX_QUESTIONS);
        assertThat(questions.getFirst().kind()).isEqualTo("numbers");
        assertThat(composer.compose(comparison, List.of())).extracting(Question::id).isEqualTo(questions.stream().map(Question::id).toList());
    }
}
