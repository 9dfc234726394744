package dev.parallax.compare;

import dev.parallax.compare.StoryComparison.DiffOp;
import dev.parallax.compare.StoryComparison.QuoteVariant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** One statement as each outlet worded it, with who made it. */
class QuoteGroupsTest {

    @Test
    void aQuoteRewordedInTwoArticlesIsOneStatementOfOneSpeaker() {
        StoryComparison story = compare(
                List.of("“We will not rest until every family has answers,” Gov. Wes Moore said on Tuesday."),
                List.of("“We won’t rest until every family gets answers,” Moore told reporters."));

        assertThat(story.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.speaker()).isEqualTo("Wes Moore");
            assertThat(quote.variants()).extracting(QuoteVariant::articleId).containsExactly(1L, 2L);
            assertThat(quote.variants()).extracting(QuoteVariant::speaker).containsOnly("Wes Moore");
            assertThat(quote.variants().getLast().diff()).extracting(DiffOp::change)
                    .contains(DiffOp.Change.SAME, DiffOp.Change.DELETED, DiffOp.Change.INSERTED);
        });
    }

    @Test
    void theFirstWordingIsTheSameAsItself() {
        StoryComparison story = compare(
                List.of("“We will not rest until every family has answers,” Gov. Wes Moore said on Tuesday."),
                List.of("“We won’t rest until every family gets answers,” Moore told reporters."));

        assertThat(story.quotes().getFirst().variants().getFirst().diff()).extracting(DiffOp::change)
                .containsOnly(DiffOp.Change.SAME);
    }

    @Test
    void likeWordsFromTwoDifferentSpeakersAreTwoStatements() {
        StoryComparison story = compare(
                List.of("“We will rebuild this bridge,” Gov. Wes Moore said."),
                List.of("“We will not rebuild this bridge,” Mayor Brandon Scott said."));

        assertThat(story.quotes()).hasSize(2).allSatisfy(quote -> assertThat(quote.variants()).hasSize(1));
        assertThat(story.quotes()).extracting(StoryComparison.QuoteGroup::speaker)
                .containsExactlyInAnyOrder("Wes Moore", "Brandon Scott");
    }

    @Test
    void oneStatementByAFullNameAndByASurnameTheStoryCannotPinDownIsOneStatement() {
        StoryComparison story = compare(
                List.of("Helen Vance and Mortimer Vance both testified.",
                        "“We are sorry that the drug caused so much pain to families,” Mortimer Vance said."),
                List.of("“We are sorry that the drug caused so much pain to families,” Vance said in court."));

        assertThat(story.quotes()).singleElement().satisfies(quote ->
                assertThat(quote.variants()).extracting(QuoteVariant::articleId).containsExactly(1L, 2L));
    }

    @Test
    void oneStatementByTwoFullNamesWithOneSurnameIsTwoStatements() {
        StoryComparison story = compare(
                List.of("“We are sorry that the drug caused so much pain to families,” Mortimer Vance said."),
                List.of("“We are sorry that the drug caused so much pain to families,” Helen Vance said."));

        assertThat(story.quotes()).hasSize(2);
    }

    @Test
    void unrelatedQuotesOfOneSpeakerAreTwoStatements() {
        StoryComparison story = compare(
                List.of("“We will rebuild this bridge,” Gov. Wes Moore said."),
                List.of("“The families deserve every answer we can find,” Gov. Wes Moore said."));

        assertThat(story.quotes()).hasSize(2);
    }
}
