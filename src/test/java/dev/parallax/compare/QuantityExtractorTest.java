package dev.parallax.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> figures(String sentence) {
        return extractor.extract(1, 0, sentence);
    }

    @Test
    void readsDigitsWordsScalesAndCurrencies() {
        assertThat(figures("The bridge will cost 450 million euros to rebuild.")).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(450e6);
            assertThat(q.dimension()).isEqualTo(Quantity.Dimension.MONEY);
            assertThat(q.normalizedUnit()).isEqualTo("EUR");
        });
        assertThat(figures("Officials put the bill at €480 million.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(480e6));
        assertThat(figures("Eleven workers were injured and twenty-one were evacuated."))
                .extracting(Quantity::value).containsExactly(11.0, 21.0);
        assertThat(figures("Some 12,000 volunteers signed up.")).singleElement()
                .satisfies(q -> assertThat(q.label()).isEqualTo("volunteers"));
    }

    @Test
    void convertsUnitsAndReadsARestatedFigureOnce() {
        assertThat(figures("The new line runs 300 km (186 miles) to the coast.")).singleElement().satisfies(q -> {
            assertThat(q.normalized()).isEqualTo(300.0);
            assertThat(q.normalizedUnit()).isEqualTo("km");
        });
        assertThat(figures("The track is 190 miles long.")).singleElement()
                .satisfies(q -> assertThat(q.normalized()).isEqualTo(305.8));
        assertThat(figures("Floods covered 1,000 sq. km of farmland.")).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo(Quantity.Dimension.AREA);
            assertThat(q.label()).isEqualTo("farmland");
        });
    }

    @Test
    void readsRatesAndSkipsYearsAndOrdinaryOnes() {
        assertThat(figures("The border sees 40,000 crossings a day.")).singleElement()
                .satisfies(q -> assertThat(q.label()).isEqualTo("crossings a day"));
        assertThat(figures("In 2024 the council met in the 3rd week.")).isEmpty();
        assertThat(figures("It is one of the largest projects, on one hand.")).isEmpty();
    }
}
