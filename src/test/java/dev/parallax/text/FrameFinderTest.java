package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.text.Annotate.figures;
import static dev.parallax.text.Annotate.written;
import static org.assertj.core.api.Assertions.assertThat;

/** The frame of each figure of a sentence: when, how and by whom it is held. */
class FrameFinderTest {

    private static Frame frameOf(String sentence, String figure) {
        List<QuantityMention> found = figures(sentence);
        return found.stream().filter(q -> written(sentence, q).equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("No figure " + figure + " in " + found.stream().map(q -> written(sentence, q)).toList()))
                .frame();
    }

    @Test
    void whatWasSoughtAndWhatWasOrderedStandInTwoFrames() {
        String sentence = "The judge ordered the company to pay $355 million, less than the $370 million the attorney general had sought.";

        assertThat(frameOf(sentence, "$355 million").modality()).isEqualTo(Frame.Modality.REPORTED);
        assertThat(frameOf(sentence, "$370 million").modality()).isEqualTo(Frame.Modality.SOUGHT);
        assertThat(frameOf("Prosecutors asked the judge to sentence him to 15 years in prison.", "15 years").modality())
                .isEqualTo(Frame.Modality.SOUGHT);
        assertThat(frameOf("He was sentenced to 14 years in prison.", "14 years").modality()).isEqualTo(Frame.Modality.REPORTED);
    }

    @Test
    void aForecastIsHeldByWhoeverMadeIt() {
        String sentence = "Economists polled by Meridian Wire had expected payrolls to grow by 200,000 and the jobless rate to hold at 3.7%.";

        Frame payrolls = frameOf(sentence, "200,000");
        assertThat(payrolls.modality()).isEqualTo(Frame.Modality.EXPECTED);
        assertThat(payrolls.holder()).isEqualTo("Meridian Wire");
        assertThat(frameOf(sentence, "3.7%").modality()).isEqualTo(Frame.Modality.EXPECTED);
        assertThat(frameOf("The economy added 275,000 jobs, more than the 200,000 economists expected.", "275,000").modality())
                .isEqualTo(Frame.Modality.REPORTED);
        assertThat(frameOf("An estimated 400 people were evacuated.", "400").modality()).isEqualTo(Frame.Modality.REPORTED);
    }

    @Test
    void aYearInTheFiguresClauseIsItsTimeAndAYearElsewhereInTheSentenceMakesItUnsure() {
        String recalled = "The Buck Canyon Fire, which killed 11 people and blackened 86,000 acres in 2017, began nearby.";
        String compared = "The fire has destroyed 187 homes, more than the 2017 fire did.";

        assertThat(frameOf(recalled, "11").time()).isEqualTo("2017");
        assertThat(frameOf("Revenue fell to $2 billion from $2.4 billion a year earlier.", "$2.4 billion").time()).isEqualTo("year-1");
        assertThat(frameOf(compared, "187").time()).isEqualTo(Frame.ELSEWHERE + "2017");
        assertThat(frameOf(compared, "187").timeUnsure()).isTrue();
        assertThat(frameOf("The toll rose to 2,862 on Tuesday.", "2,862").time()).isNull();
        assertThat(frameOf("A previous quake killed 300 people.", "300").time()).isEqualTo("earlier");
    }

    @Test
    void whatIsNeededIsAThresholdNotACount() {
        assertThat(frameOf("A party needs 101 seats to govern alone.", "101").modality()).isEqualTo(Frame.Modality.REQUIRED);
        assertThat(frameOf("The party won 101 seats.", "101").modality()).isEqualTo(Frame.Modality.REPORTED);
    }
}
