package dev.parallax.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** Who reports what: an outlet is marked on a statement only for a sentence that makes it, figures and all. */
class SameStatementTest {

    @Test
    void aSentenceWithAnotherFigureDoesNotMakeTheStatement() {
        StoryComparison story = compare(
                List.of("Local official Hari Sharma said at least 34 people had been killed in the district of Jarkot."),
                List.of("Local official Hari Sharma said 37 people had been killed in the district of Jarkot."),
                List.of("Local official Hari Sharma said at least 34 people had been killed in the district of Jarkot, officials added."));

        assertThat(story.facts()).allSatisfy(fact -> assertThat(fact.reportedBy()).doesNotContain(2L));
        assertThat(story.facts()).anySatisfy(fact -> assertThat(fact.reportedBy()).containsExactly(1L, 3L));
    }

    @Test
    void aShortSentenceDoesNotCarryALongStatementThatHoldsMore() {
        StoryComparison story = compare(
                List.of("The agency measured the quake at magnitude 6.5 and said the county, home to about 400,000 people, was worst hit by the shaking."),
                List.of("The agency measured the quake at magnitude 6.5."),
                List.of("The agency put the quake at magnitude 6.5 and said the county, home to about 400,000 people, was worst hit by the shaking."));

        assertThat(story.facts()).filteredOn(fact -> fact.text().contains("400,000"))
                .allSatisfy(fact -> assertThat(fact.reportedBy()).doesNotContain(2L));
    }

    @Test
    void theSameStatementInOtherWordsIsMarkedForBoth() {
        StoryComparison story = compare(
                List.of("Divers will return to the water at 6 a.m. on Wednesday to search for the missing workers."),
                List.of("Divers return to the water at 6 a.m. Wednesday to resume the search for the missing workers."));

        assertThat(story.facts()).singleElement().satisfies(fact -> assertThat(fact.reportedBy()).containsExactly(1L, 2L));
    }
}
