package dev.parallax.story;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports of one event from different angles open alike; reports of another event, or days apart, do not. */
class LeadTest {

    private static Lead lead(String title, String published, String opening) {
        return Lead.of(new ArticleDetail(new ArticleSummary(1, "a.txt", "Outlet", title, false, null, 100, null, published),
                published, null, null, null, List.of(new ArticleDetail.BlockView(0, BlockKind.PARAGRAPH, opening))));
    }

    private static final Lead TOLL = lead("Quake in western Varnia kills at least 150", "2023-11-04",
            "A strong earthquake struck the Jardal district of western Varnia late on Friday, killing at least 150 people "
                    + "and flattening mud-brick homes in remote hill villages.");
    private static final Lead RESCUE = lead("Rescuers dig through rubble after Varnia earthquake", "2023-11-05",
            "Soldiers and volunteers in Jardal pulled survivors from collapsed houses on Sunday as aid began to reach "
                    + "the villages worst hit by Friday's earthquake in western Varnia.");

    @Test
    void twoAnglesOnOneQuakeOpenAlikeAndNameTheSamePlace() {
        assertThat(TOLL.oneEventWith(RESCUE)).isTrue();
    }

    @Test
    void aReportDaysLaterIsNotGivenTheBenefitOfTheDoubt() {
        Lead weeksLater = lead(RESCUE.text(), "2023-11-27",
                "Soldiers and volunteers in Jardal pulled survivors from collapsed houses on Sunday as aid began to reach "
                        + "the villages worst hit by an earthquake in western Varnia.");
        assertThat(TOLL.oneEventWith(weeksLater)).isFalse();
    }

    @Test
    void aQuakeElsewhereNamesNothingTheFirstNames() {
        Lead elsewhere = lead("Quake in northern Ostrava kills dozens", "2023-11-04",
                "A strong earthquake struck the Kelm valley of northern Ostrava late on Friday, killing dozens of people "
                        + "and flattening homes in remote hill villages.");
        assertThat(TOLL.oneEventWith(elsewhere)).isFalse();
    }

    @Test
    void undatedReportsAreLeftToTheirWords() {
        Lead undated = lead(RESCUE.text(), null, "Soldiers and volunteers in Jardal pulled survivors from collapsed houses "
                + "as aid began to reach the villages worst hit by the earthquake in western Varnia.");
        assertThat(TOLL.oneEventWith(undated)).isFalse();
    }
}
