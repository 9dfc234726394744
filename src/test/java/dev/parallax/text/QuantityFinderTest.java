package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.text.Annotate.figures;
import static dev.parallax.text.Annotate.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The figures of a sentence, through the annotator: what each measures, and what only looks like a number. */
class QuantityFinderTest {

    /** The one figure of a one-sentence paragraph; fails the test when there are none or several. */
    private static QuantityMention onlyFigure(String sentence) {
        List<QuantityMention> found = figures(sentence);
        assertThat(found).as("figures of: " + sentence).hasSize(1);
        return found.getFirst();
    }

    @Test
    void aHyphenatedMeasureBeforeANounMeasuresThatNoun() {
        String sentence = "The bridge was struck by a 948-foot-long container ship.";

        QuantityMention length = onlyFigure(sentence);

        assertThat(written(sentence, length)).isEqualTo("948-foot-long");
        assertThat(length.value()).isEqualTo(948);
        assertThat(length.dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(length.unit()).isEqualTo("ft");
        assertThat(length.thing()).isEqualTo("ship");
        assertThat(length.normalizedUnit()).isEqualTo("km");
        assertThat(length.normalized()).isCloseTo(0.289, within(0.01));
        assertThat(length.hedge()).isEqualTo(Hedge.EXACT);
    }

    @Test
    void aMeasureRestatedInBracketsIsOneFigure() {
        String sentence = "The ship is 948 feet (289 meters) long.";

        QuantityMention length = onlyFigure(sentence);

        assertThat(written(sentence, length)).isEqualTo("948 feet");
        assertThat(length.dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(length.value()).isEqualTo(948);
    }

    @Test
    void aSpeedRestatedWithOrAboutIsOneFigure() {
        String sentence = "The ship was moving at 8 knots, or about 9 mph, when it lost power.";

        QuantityMention speed = onlyFigure(sentence);

        assertThat(written(sentence, speed)).isEqualTo("8 knots");
        assertThat(speed.dimension()).isEqualTo(Dimension.SPEED);
        assertThat(speed.normalized()).isCloseTo(14.8, within(0.1));
    }

    @Test
    void anAmountADayIsARate() {
        QuantityMention flow = onlyFigure("The pipeline carries 40,000 barrels a day.");

        assertThat(flow.value()).isEqualTo(40_000);
        assertThat(flow.dimension()).isEqualTo(Dimension.VOLUME);
        assertThat(flow.per()).isEqualTo("day");
        assertThat(flow.comparableKind()).isEqualTo("VOLUME/day");
    }

    @Test
    void dollarsWithAScaleAreMoneyInDollars() {
        String sentence = "The state will spend $1.7 billion on the new bridge.";

        QuantityMention cost = onlyFigure(sentence);

        assertThat(written(sentence, cost)).isEqualTo("$1.7 billion");
        assertThat(cost.dimension()).isEqualTo(Dimension.MONEY);
        assertThat(cost.value()).isEqualTo(1.7e9);
        assertThat(cost.unit()).isEqualTo("USD");
    }

    @Test
    void eurosAreMoneyInEurosNotComparableWithDollars() {
        String sentence = "The European Union pledged €450 million in aid.";

        QuantityMention aid = onlyFigure(sentence);

        assertThat(written(sentence, aid)).isEqualTo("€450 million");
        assertThat(aid.dimension()).isEqualTo(Dimension.MONEY);
        assertThat(aid.value()).isEqualTo(4.5e8);
        assertThat(aid.unit()).isEqualTo("EUR");
        assertThat(aid.thing()).isEqualTo("aid");
        assertThat(aid.comparableKind())
                .isNotEqualTo(onlyFigure("The state will spend $1.7 billion on the new bridge.").comparableKind());
    }

    @Test
    void atLeastIsALowerBound() {
        QuantityMention dead = onlyFigure("At least 11 people were killed in the attack.");

        assertThat(dead.hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(dead.value()).isEqualTo(11);
        assertThat(dead.dimension()).isEqualTo(Dimension.COUNT);
        assertThat(dead.thing()).isEqualTo("people");
    }

    @Test
    void upToIsAnUpperBound() {
        QuantityMention range = onlyFigure("The missiles have a range of up to 190 miles.");

        assertThat(range.hedge()).isEqualTo(Hedge.AT_MOST);
        assertThat(range.dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(range.thing()).isEqualTo("range");
        assertThat(range.normalized()).isCloseTo(305.8, within(0.1));
    }

    @Test
    void aboutIsAnApproximation() {
        assertThat(onlyFigure("About 2,000 people live near the port.").hedge()).isEqualTo(Hedge.APPROXIMATE);
    }

    @Test
    void aTimeOfDayCarriesItsZone() {
        String sentence = "The ship lost power at 1:27 a.m. ET on Tuesday.";

        QuantityMention time = onlyFigure(sentence);

        assertThat(written(sentence, time)).isEqualTo("1:27 a.m. ET");
        assertThat(time.dimension()).isEqualTo(Dimension.TIME_OF_DAY);
        assertThat(time.zone()).isEqualTo("et");
        assertThat(time.normalized()).isEqualTo(87);
    }

    @Test
    void anAfternoonTimeCountsFromMidnight() {
        assertThat(onlyFigure("The talks ended at 4:15 p.m. on Friday.").normalized()).isEqualTo(16 * 60 + 15);
    }

    @Test
    void aTimeRestatedInAnotherZoneIsOneFigure() {
        String sentence = "The ship lost power at 1:27 a.m. ET (0527 GMT) on Tuesday.";

        QuantityMention time = onlyFigure(sentence);

        assertThat(written(sentence, time)).isEqualTo("1:27 a.m. ET");
        assertThat(time.zone()).isEqualTo("et");
    }

    @Test
    void aVoteIsATallyNotTwoCounts() {
        String sentence = "The Supreme Court ruled 6-3 in favor of the company.";

        QuantityMention vote = onlyFigure(sentence);

        assertThat(written(sentence, vote)).isEqualTo("6-3");
        assertThat(vote.dimension()).isEqualTo(Dimension.TALLY);
    }

    @Test
    void twoVotesWithDifferentTalliesDoNotCompareAsEqual() {
        QuantityMention sixThree = onlyFigure("The Supreme Court ruled 6-3 in favor of the company.");
        QuantityMention sixTwo = onlyFigure("The Supreme Court ruled 6-2 in favor of the company.");

        assertThat(sixThree.normalized()).isNotEqualTo(sixTwo.normalized());
    }

    @Test
    void anInterstatesNumberIsNotAFigure() {
        assertThat(figures("Traffic was diverted to I-695 after the collapse.")).isEmpty();
    }

    @Test
    void aFlightNumberIsNotAFigure() {
        assertThat(figures("Alaska Airlines Flight 1282 landed safely in Portland.")).isEmpty();
    }

    @Test
    void aYearIsNotAFigure() {
        assertThat(figures("The bridge was finished in 2024 after long delays.")).isEmpty();
    }

    @Test
    void aDateWithTheMonthFirstIsNotAFigure() {
        assertThat(figures("The ship left Baltimore on March 26 for Sri Lanka.")).isEmpty();
    }

    @Test
    void aDateWithTheDayFirstIsNotAFigure() {
        assertThat(figures("The ship left Baltimore on 26 March for Sri Lanka.")).isEmpty();
    }

    @Test
    void anOrdinalIsNotAFigure() {
        assertThat(figures("She represents the 5th district in Congress.")).isEmpty();
    }

    @Test
    void aRouteNumberIsNotAFigure() {
        assertThat(figures("Traffic moved to Route 1 instead.")).isEmpty();
    }

    @Test
    void aStreetNumberIsNotAFigure() {
        assertThat(figures("The company is based at 201 Tresser Blvd. in Stamford.")).isEmpty();
    }

    @Test
    void aWordThatMakesACountAPartIsKeptAsItsQualifier() {
        String sentence = "Two workers were rescued and four other workers remain missing.";

        List<QuantityMention> counts = figures(sentence);

        assertThat(counts).extracting(QuantityMention::value).containsExactly(2.0, 4.0);
        assertThat(counts.getLast().qualifiers()).contains("other");
        assertThat(counts.getFirst().qualifiers()).doesNotContain("other");
    }

    @Test
    void aCountAndTheCountItIncludesAreTwoCountsOfTwoThings() {
        List<QuantityMention> counts = figures("Eleven civilians, including two children, were killed.");

        assertThat(counts).extracting(QuantityMention::value, QuantityMention::dimension, QuantityMention::thing)
                .containsExactly(tuple(11.0, Dimension.COUNT, "civilians"),
                        tuple(2.0, Dimension.COUNT, "children"));
    }

    @Test
    void oneOfAGroupIsNotACount() {
        assertThat(figures("One of the workers was found alive.")).isEmpty();
    }

    @Test
    void aPercentageIsAPercentageOfItsNoun() {
        QuantityMention rate = onlyFigure("Unemployment rose to 4.1% in June.");

        assertThat(rate.dimension()).isEqualTo(Dimension.PERCENT);
        assertThat(rate.value()).isEqualTo(4.1);
        assertThat(rate.thing()).isEqualTo("unemployment");
    }

    @Test
    void basisPointsAreHundredthsOfAPercentagePoint() {
        QuantityMention rise = onlyFigure("The Fed raised rates by 25 basis points.");

        assertThat(rise.dimension()).isEqualTo(Dimension.PERCENTAGE_POINTS);
        assertThat(rise.normalized()).isEqualTo(0.25);
    }

    @Test
    void anAgeBeforeANounIsThatPersonsAge() {
        QuantityMention age = onlyFigure("A 38-year-old welder was among the missing.");

        assertThat(age.dimension()).isEqualTo(Dimension.AGE);
        assertThat(age.value()).isEqualTo(38);
        assertThat(age.thing()).isEqualTo("welder");
    }

    @Test
    void aCountBeforeACompoundNounAndARelativeClauseCountsTheCompoundsLastNoun() {
        QuantityMention count = onlyFigure("Nine farm workers who had been picking grapes were hurt.");

        assertThat(count.thing()).isEqualTo("workers");
        assertThat(count.modifiers()).contains("farm");
    }

    @Test
    void moneyPaidInExchangeForSomethingIsForThatThing() {
        QuantityMention money = onlyFigure("The owners would have paid $2.5 billion in exchange for immunity from lawsuits.");

        assertThat(money.dimension()).isEqualTo(Dimension.MONEY);
        assertThat(money.thing()).isEqualTo("immunity");
    }

    @Test
    void aNumberBetweenCommasAfterANameIsThatPersonsAge() {
        String sentence = "Police named the driver as Maria Delgado Ruiz, 41, of Fresno, and the passenger as Tom Webb, 19, of Clovis.";

        List<QuantityMention> ages = figures(sentence);

        assertThat(ages).extracting(QuantityMention::dimension, QuantityMention::value, QuantityMention::modifiers)
                .containsExactly(tuple(Dimension.AGE, 41.0, List.of("maria", "delgado", "ruiz")),
                        tuple(Dimension.AGE, 19.0, List.of("tom", "webb")));
    }

    @Test
    void aNumberAfterACommaIsNoAgeWithoutANameBeforeIt() {
        assertThat(figures("The vote was close in the end, 52, and the chamber adjourned."))
                .noneMatch(figure -> figure.dimension() == Dimension.AGE);
        assertThat(figures("Chapters 3, 4, and 5 were rewritten by Davis, 2.5 times over."))
                .noneMatch(figure -> figure.dimension() == Dimension.AGE);
    }

    @Test
    void aNumberBetweenCommasAfterAPlaceIsNoAge() {
        assertThat(figures("Deaths rose in three states: Texas, 12, Ohio, 9, and Maine, 3, the agency said."))
                .noneMatch(figure -> figure.dimension() == Dimension.AGE);
        assertThat(figures("Cases were counted in Houston, 14, and in Dallas, 11, by Friday."))
                .noneMatch(figure -> figure.dimension() == Dimension.AGE);
    }

    @Test
    void aMagnitudeIsOneFigureNotACount() {
        QuantityMention quake = onlyFigure("A magnitude 6.8 earthquake struck the region on Friday.");

        assertThat(quake.dimension()).isEqualTo(Dimension.MAGNITUDE);
        assertThat(quake.value()).isEqualTo(6.8);
    }

    @Test
    void aMagnitudeMeasuresTheQuakeAfterIt() {
        assertThat(onlyFigure("A magnitude 6.8 earthquake struck the region on Friday.").thing()).isEqualTo("earthquake");
    }

    @Test
    void aSumAfterWhatItPaysForMeasuresThat() {
        assertThat(onlyFigure("The company paid a fine of $5,000 last year.").thing()).isEqualTo("fine");
    }

    @Test
    void aFiguresSpanLiesInItsSentence() {
        String paragraph = "The ship lost power twice. Then the 948-foot-long ship hit the bridge at 8 knots.";
        AnnotatedBlock block = Annotate.article(paragraph).blocks().getFirst();

        assertThat(block.quantities()).hasSize(2).allSatisfy(figure ->
                assertThat(block.sentences().get(1).contains(figure.span())).isTrue());
        assertThat(block.quantities()).extracting(figure -> figure.span().of(paragraph))
                .containsExactly("948-foot-long", "8 knots");
    }
}
