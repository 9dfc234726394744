package dev.parallax.compare;

import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.compare.StoryComparison.NumberGroup;
import dev.parallax.compare.StoryComparison.NumberValue;
import dev.parallax.text.Dimension;
import dev.parallax.text.Hedge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** Which of a story's figures measure one thing, and whether the sources agree on it: DIFFER only on strong evidence. */
class FigureGroupsTest {

    private static List<Double> values(NumberGroup group) {
        return group.values().stream().map(NumberValue::value).toList();
    }

    @Test
    void twoLengthsOfTheSameShipThatDisagreeDiffer() {
        StoryComparison story = compare(
                List.of("The Dali, a 948-foot-long container ship, struck the bridge at 1:30 a.m."),
                List.of("The Dali, a 984-foot-long container ship, struck the bridge early on Tuesday."));

        assertThat(story.numbers()).filteredOn(group -> group.dimension() == Dimension.LENGTH).singleElement()
                .satisfies(group -> {
                    assertThat(group.agreement()).isEqualTo(Agreement.DIFFER);
                    assertThat(values(group)).containsExactlyInAnyOrder(948.0, 984.0);
                    assertThat(group.label()).contains("ship");
                });
    }

    @Test
    void theAgesOfTwoPeopleOfOneSurnameNeverDiffer() {
        StoryComparison story = compare(
                List.of("The driver, John Okafor, 45, of Akron, was taken to hospital after the crash."),
                List.of("The driver's wife, Mary Okafor, 43, of Akron, was taken to hospital after the crash."));

        // Both ages are found, as two figures, neither said to differ.
        assertThat(story.numbers()).filteredOn(group -> group.dimension() == Dimension.AGE)
                .hasSize(2)
                .noneMatch(group -> group.agreement() == Agreement.DIFFER);
    }

    @Test
    void twoAgesOfOnePersonThatDisagreeDiffer() {
        StoryComparison story = compare(
                List.of("The driver, John Okafor, 45, of Akron, was taken to hospital after the crash."),
                List.of("The driver, John Okafor, 47, of Akron, was taken to hospital after the crash."));

        assertThat(story.numbers()).filteredOn(group -> group.dimension() == Dimension.AGE).singleElement()
                .satisfies(group -> assertThat(group.agreement()).isEqualTo(Agreement.DIFFER));
    }

    @Test
    void aLengthInKilometresAndTheSameInMilesAgree() {
        StoryComparison story = compare(
                List.of("The missiles have a range of 300 km, officials said."),
                List.of("The missiles have a range of 186 miles, officials said."));

        assertThat(story.numbers()).singleElement().satisfies(group -> {
            assertThat(group.agreement()).isEqualTo(Agreement.AGREE);
            assertThat(group.values()).extracting(NumberValue::articleId).containsExactlyInAnyOrder(1L, 2L);
        });
    }

    @Test
    void anUpperBoundInKilometresAndTheSameInMilesAgree() {
        StoryComparison story = compare(
                List.of("The missiles can strike targets up to 300 km away."),
                List.of("The missiles can strike targets up to 186 miles away."));

        assertThat(story.numbers()).singleElement()
                .satisfies(group -> assertThat(group.agreement()).isEqualTo(Agreement.AGREE));
    }

    @Test
    void countsOfPeopleInDifferentRolesAreNeverOneDisagreement() {
        StoryComparison story = compare(
                List.of("Two workers were rescued from the river on Tuesday.", "Six workers are missing and presumed dead."),
                List.of("Divers rescued eight workers from the water.", "Four workers are still missing."));

        assertThat(story.numbers()).filteredOn(group -> group.agreement() == Agreement.DIFFER)
                .noneSatisfy(group -> assertThat(values(group)).containsAnyOf(2.0, 8.0).containsAnyOf(6.0, 4.0));
    }

    @Test
    void rescuedAndMissingInSentencesWordedAlikeAreNeverOneDisagreement() {
        StoryComparison story = compare(
                List.of("Two workers were rescued from the water after the bridge collapsed on Tuesday."),
                List.of("Six workers were missing in the water after the bridge collapsed on Tuesday."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() == Agreement.DIFFER);
    }

    @Test
    void anOtherCountIsNotTheWholeCount() {
        StoryComparison story = compare(
                List.of("Two workers were rescued, and four other workers remain missing."),
                List.of("Six workers were on the bridge when it collapsed."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() == Agreement.DIFFER);
    }

    @Test
    void aLowerBoundDoesNotChainTwoCountsIntoADisagreement() {
        StoryComparison story = compare(
                List.of("At least four workers died when the bridge collapsed early on Tuesday."),
                List.of("Six workers died when the bridge collapsed."),
                List.of("Four workers died early on Tuesday, police said."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() == Agreement.DIFFER);
        assertThat(story.numbers()).noneSatisfy(group -> assertThat(group.values())
                .filteredOn(value -> value.hedge() == Hedge.EXACT).extracting(NumberValue::value).contains(6.0, 4.0));
    }

    @Test
    void aLowerBoundFarBelowACountIsNeitherAgreementNorDisagreement() {
        StoryComparison story = compare(
                List.of("At least four workers died when the bridge collapsed early on Tuesday."),
                List.of("Six workers died when the bridge collapsed."));

        assertThat(story.numbers()).hasSize(2).allSatisfy(group -> assertThat(group.agreement()).isEqualTo(Agreement.SINGLE));
    }

    @Test
    void aLowerBoundBelowACountIsNotSaidToAgreeAndOneAboveItDiffers() {
        StoryComparison unsure = compare(
                List.of("The judge ordered the company to pay more than $350 million in penalties on Tuesday."),
                List.of("The judge ordered the company to pay $355 million in penalties on Tuesday."));
        StoryComparison differing = compare(
                List.of("The judge ordered the company to pay more than $364 million in penalties on Tuesday."),
                List.of("The judge ordered the company to pay $355 million in penalties on Tuesday."));

        assertThat(unsure.numbers()).noneMatch(group -> group.agreement() == Agreement.AGREE || group.agreement() == Agreement.DIFFER);
        assertThat(differing.numbers()).singleElement().satisfies(group -> assertThat(group.agreement()).isEqualTo(Agreement.DIFFER));
    }

    @Test
    void aSumRoundedAsWrittenAgreesWithItsExactFigure() {
        StoryComparison story = compare(
                List.of("The state will spend $1.7 billion on the new bridge, the governor said."),
                List.of("The state will spend $1.68 billion on the new bridge, the governor said."));

        assertThat(story.numbers()).singleElement().satisfies(group -> assertThat(group.agreement()).isEqualTo(Agreement.AGREE));
    }

    @Test
    void whatWasSoughtIsNeverComparedWithWhatWasOrdered() {
        StoryComparison story = compare(
                List.of("Prosecutors had sought a penalty of $370 million from the company."),
                List.of("The judge ordered a penalty of $355 million from the company."),
                List.of("The judge ordered the company to pay a penalty of $355 million, less than the $370 million the state had sought."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() == Agreement.DIFFER);
        assertThat(story.numbers()).filteredOn(group -> group.agreement() == Agreement.AGREE)
                .allSatisfy(group -> assertThat(values(group)).containsOnly(group.values().getFirst().value()));
    }

    @Test
    void aFigureOfAnEarlierYearIsNeverComparedWithTodays() {
        StoryComparison story = compare(
                List.of("The quake killed 2,100 people, officials said on Sunday."),
                List.of("The quake killed 2,862 people in 2004, officials said."),
                List.of("In 2004 a quake in the same region killed 2,862 people."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() == Agreement.DIFFER);
    }

    @Test
    void analystsForecastIsNeverComparedWithTheResult() {
        StoryComparison story = compare(
                List.of("The company reported revenue of $2.2 billion for the quarter."),
                List.of("Analysts had expected revenue of $2.1 billion for the quarter."));

        assertThat(story.numbers()).noneMatch(group -> group.agreement() != Agreement.SINGLE);
    }

    @Test
    void oneTimeInTwoZonesAgrees() {
        StoryComparison story = compare(
                List.of("The ship lost power at 1:27 a.m. ET on Tuesday, officials said."),
                List.of("The ship lost power at 0527 GMT on Tuesday, officials said."));

        assertThat(story.numbers()).singleElement().satisfies(group -> {
            assertThat(group.dimension()).isEqualTo(Dimension.TIME_OF_DAY);
            assertThat(group.agreement()).isEqualTo(Agreement.AGREE);
        });
    }

    @Test
    void sumsInDifferentCurrenciesAreNeverOneGroup() {
        StoryComparison story = compare(
                List.of("The city will spend 450 million euros on the new harbour bridge, the mayor said."),
                List.of("The city will spend $450 million on the new harbour bridge, the mayor said."));

        assertThat(story.numbers()).allSatisfy(group -> assertThat(group.values()).hasSize(1));
    }

    @Test
    void aFigureOnlyOneArticleGivesStandsAlone() {
        StoryComparison story = compare(
                List.of("Ferries will run every ten minutes while the bridge is closed."),
                List.of("The harbour bridge will stay closed for repairs."));

        assertThat(story.numbers()).singleElement().satisfies(group -> {
            assertThat(group.agreement()).isEqualTo(Agreement.SINGLE);
            assertThat(group.values()).extracting(NumberValue::articleId).containsOnly(1L);
        });
    }
}
