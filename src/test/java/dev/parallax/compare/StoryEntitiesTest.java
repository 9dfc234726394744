package dev.parallax.compare;

import dev.parallax.compare.StoryComparison.EntityGroup;
import dev.parallax.text.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** The people, organisations and places a story's articles name, merged across articles and kept apart. */
class StoryEntitiesTest {

    private static EntityGroup named(StoryComparison story, String name) {
        return story.entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No entity " + name + " among " + story.entities()));
    }

    @Test
    void threeSpellingsOfOneNameAreOnePerson() {
        StoryComparison story = compare(
                List.of("President Volodymyr Zelensky thanked the allies on Monday."),
                List.of("President Volodymyr Zelenskyy thanked the allies on Monday."),
                List.of("Ukrainian President Volodymyr Zelenskyi said the strikes would continue."));

        assertThat(story.entities()).singleElement().satisfies(zelensky -> {
            assertThat(zelensky.type()).isEqualTo(EntityType.PERSON);
            assertThat(zelensky.articleIds()).containsExactly(1L, 2L, 3L);
            assertThat(zelensky.variants())
                    .containsExactlyInAnyOrder("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskyi");
        });
    }

    @Test
    void aFatherAndASonStayApartWhenOneArticleNamesBoth() {
        StoryComparison story = compare(
                List.of("Donald Trump Jr. said his father, Donald Trump, would visit the port."),
                List.of("Former President Donald Trump said on Friday that he would visit the port."),
                List.of("Donald Trump Jr. told reporters the visit was planned for Friday."));

        assertThat(named(story, "Donald Trump").articleIds()).containsExactly(1L, 2L);
        assertThat(named(story, "Donald Trump Jr.").articleIds()).containsExactly(1L, 3L);
        assertThat(named(story, "Donald Trump").variants()).doesNotContain("Donald Trump Jr.");
    }

    @Test
    void aJuniorIsTheSameManAsTheNameWithoutSuffixWhenNoArticleNamesBoth() {
        StoryComparison story = compare(
                List.of("President Joseph R. Biden Jr. approved the use of the missiles."),
                List.of("President Joe Biden approved the use of the missiles on Sunday."));

        assertThat(story.entities()).singleElement().satisfies(biden -> {
            assertThat(biden.name()).isEqualTo("Joseph R. Biden Jr.");
            assertThat(biden.variants()).containsExactlyInAnyOrder("Joseph R. Biden Jr.", "Joe Biden");
            assertThat(biden.articleIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void anAcronymInOneArticleIsTheFullNameInAnother() {
        StoryComparison story = compare(
                List.of("The National Transportation Safety Board opened an investigation on Tuesday."),
                List.of("The NTSB said its investigation would take a year."));

        assertThat(story.entities()).singleElement().satisfies(board -> {
            assertThat(board.name()).isEqualTo("National Transportation Safety Board");
            assertThat(board.type()).isEqualTo(EntityType.ORG);
            assertThat(board.articleIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void anAgencyWithoutItsCountryInOneArticleIsTheSameAgencyInAnother() {
        StoryComparison story = compare(
                List.of("The U.S. Coast Guard suspended the search on Tuesday night."),
                List.of("The Coast Guard said divers would return on Wednesday."));

        assertThat(story.entities()).singleElement().satisfies(guard -> {
            assertThat(guard.name()).isEqualTo("U.S. Coast Guard");
            assertThat(guard.articleIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void aPortAndItsCityStayApartAcrossArticles() {
        StoryComparison story = compare(
                List.of("The Port of Baltimore will stay closed for weeks."),
                List.of("Officials in Baltimore said the port would stay closed."));

        assertThat(named(story, "Port of Baltimore").articleIds()).containsExactly(1L);
        assertThat(named(story, "Baltimore").articleIds()).containsExactly(2L);
    }

    @Test
    void twoPeopleWhoShareASurnameStayApartAcrossArticles() {
        StoryComparison story = compare(
                List.of("Maria Lopez, a nurse, was on the span when it fell."),
                List.of("Daniel Lopez, a welder, was on the span when it fell."));

        assertThat(named(story, "Maria Lopez").articleIds()).containsExactly(1L);
        assertThat(named(story, "Daniel Lopez").articleIds()).containsExactly(2L);
    }

    @Test
    void theUsualNamesOfOneCountryAreOnePlace() {
        StoryComparison story = compare(
                List.of("The United States approved the strikes on Sunday."),
                List.of("The U.S. approved the strikes on Sunday, officials said."),
                List.of("America approved the strikes on Sunday."));

        assertThat(named(story, "United States").articleIds()).containsExactly(1L, 2L, 3L);
        assertThat(named(story, "United States").variants()).containsExactlyInAnyOrder("United States", "U.S.", "America");
    }

    @Test
    void anArticleThatWritesTheSurnameWithoutItBeingFoundMayStillNameThePerson() {
        // The tagger takes this "Trump" for a verb; no source may be said to leave out someone it may well name.
        StoryComparison story = compare(
                List.of("Former President Donald Trump spoke in Ohio on Monday."),
                List.of("Trump said he would end the war quickly."));

        EntityGroup trump = named(story, "Donald Trump");
        assertThat(trump.mayBeNamedIn(2L)).isTrue();
        assertThat(trump.surnameOnlyIn()).containsExactly(2L);
    }

    @Test
    void aSonCalledBySurnameAndSuffixIsTheSonNotTheFather() {
        StoryComparison story = compare(
                List.of("Donald Trump will take office in January. Donald Trump Jr. claimed that the decision risked a wider war."),
                List.of("The move comes before Donald Trump takes office. Trump Jr. has criticised the aid."));

        assertThat(story.entities()).filteredOn(entity -> entity.name().equals("Donald Trump")).singleElement()
                .satisfies(father -> assertThat(father.variants()).doesNotContain("Trump Jr.", "Donald Trump Jr."));
        assertThat(story.entities()).filteredOn(entity -> entity.name().equals("Donald Trump Jr.")).singleElement()
                .satisfies(son -> assertThat(son.articleIds()).containsExactly(1L, 2L));
    }
}
