package dev.parallax.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** The digest of tiny stories: what most outlets carry, where they differ, what only one reports. */
class DigestBuilderTest {

    private static final String CLOSED = "The Larkspur Bridge over the Tamsin River was closed to traffic on Tuesday after engineers found a crack in one of its main girders.";

    private static final String CLOSED_TOO = "Engineers found a crack in a main girder of the Larkspur Bridge over the Tamsin River, which was closed to traffic on Tuesday.";
    private static final String CLOSED_AS_WELL = "The Larkspur Bridge across the Tamsin River closed to traffic on Tuesday after a crack was found by engineers in one of its main girders.";

    @Test
    void aSentenceMostOutletsCarryLeadsWithEveryOutletThatCarriesIt() {
        StoryComparison story = compare(
                List.of(CLOSED, "Drivers were sent on a detour through the old town centre."),
                List.of(CLOSED_TOO, "The city council will meet on Friday to discuss repairs."),
                List.of(CLOSED_AS_WELL, "A local bakery said its deliveries were running late."));

        assertThat(story.digest().agreed()).isNotEmpty();
        Digest.Line first = story.digest().agreed().getFirst();
        assertThat(first.text()).contains("Larkspur Bridge");
        assertThat(first.articleIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(story.digest().agreed()).noneMatch(line -> line.text().contains("bakery") || line.text().contains("detour"));
    }

    @Test
    void aSentenceThatIsMostlyAQuotationIsNotASummaryLine() {
        String quote = "“We have never seen a crack like this one in a bridge of this age,” the city engineer said.";
        StoryComparison story = compare(
                List.of(CLOSED, quote, "Drivers were sent on a detour through the old town centre.", "Buses will run every ten minutes instead."),
                List.of(CLOSED_TOO, quote, "The city council will meet on Friday to discuss repairs.", "A petition asks for a new footbridge."),
                List.of(CLOSED_AS_WELL, quote, "A local bakery said its deliveries were running late.", "Schools near the river stayed open."));

        assertThat(story.digest().agreed()).extracting(Digest.Line::text).doesNotContain(quote).isNotEmpty();
    }

    @Test
    void quotedShareCountsTheLettersInsideQuotationMarks() {
        assertThat(DigestBuilder.quotedShare("“We will rebuild it,” she said.")).isGreaterThan(0.5);
        assertThat(DigestBuilder.quotedShare("‘No court will tell me that,’ he said.")).isGreaterThan(0.5);
        assertThat(DigestBuilder.quotedShare("The mayor called the closure “a precaution” on Tuesday evening.")).isLessThan(0.5);
        assertThat(DigestBuilder.quotedShare("The engineers' report was published on Tuesday.")).isZero();
        assertThat(DigestBuilder.quotedShare("")).isZero();
    }

    @Test
    void aSentenceWhoseFigureTheOutletsDisputeIsNotSaidToBeShared() {
        StoryComparison story = compare(
                List.of("The Larkspur Bridge over the Tamsin River was closed after engineers found a crack 40 centimetres long in one of its main girders."),
                List.of("The Larkspur Bridge over the Tamsin River was closed after engineers found a crack 90 centimetres long in one of its main girders."),
                List.of("The Larkspur Bridge over the Tamsin River was closed after engineers found a crack 40 centimetres long in one of its main girders."));

        assertThat(story.numbers()).anySatisfy(group -> assertThat(group.agreement()).isEqualTo(StoryComparison.Agreement.DIFFER));
        assertThat(story.digest().agreed()).noneMatch(line -> line.text().contains("centimetres"));
        assertThat(story.digest().differ()).anySatisfy(difference ->
                assertThat(difference.claims()).extracting(Digest.Claim::articleId).contains(1L, 2L));
        assertThat(story.digest().agreed()).noneMatch(line -> line.text().contains("90 centimetres"));
    }

    @Test
    void anArticleWithoutCompanyGivesNoSharedLines() {
        StoryComparison story = compare(List.of(CLOSED));

        assertThat(story.digest().agreed()).isEmpty();
        assertThat(story.digest().timeline()).hasSize(1);
    }
}
