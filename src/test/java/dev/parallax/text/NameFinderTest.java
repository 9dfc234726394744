package dev.parallax.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.parallax.text.Annotate.article;
import static dev.parallax.text.Annotate.entity;
import static dev.parallax.text.Annotate.mentions;
import static dev.parallax.text.Annotate.names;
import static org.assertj.core.api.Assertions.assertThat;

/** The names an article's sentences hold, as a reader of wire copy would list them, through the annotator. */
class NameFinderTest {

    @Test
    void anOrganisationAndARankBeforeANameAreAnOrganisationAndARole() {
        AnnotatedArticle article = article("Coast Guard Rear Admiral Shannon Gilreath said the search had ended.");

        assertThat(entity(article, "Coast Guard").type()).isEqualTo(EntityType.ORG);
        Entity admiral = entity(article, "Shannon Gilreath");
        assertThat(admiral.type()).isEqualTo(EntityType.PERSON);
        assertThat(admiral.roles()).containsExactly("Rear Admiral");
        assertThat(names(article)).containsExactlyInAnyOrder("Coast Guard", "Shannon Gilreath");
    }

    @Test
    void aTitlePhraseAloneIsNoName() {
        AnnotatedArticle article = article("The Prime Minister, Sir Alan Brightwell, flew to Lagos. The Prime Minister said little.");

        assertThat(names(article)).containsExactlyInAnyOrder("Alan Brightwell", "Lagos");
    }

    @Test
    void aNameMadeAnAdjectiveBeforeANameIsNotPartOfIt() {
        AnnotatedArticle article = article("The Singapore-flagged Dali lost power before the crash.");

        assertThat(names(article)).containsExactly("Dali");
    }

    @Test
    void andBetweenTwoOrganisationsWholeEachKeepsThemApart() {
        AnnotatedArticle article = article("Norrland Bank and Coldwater Bank both cut their rates on Monday.");

        assertThat(names(article)).containsExactlyInAnyOrder("Norrland Bank", "Coldwater Bank");
    }

    @Test
    void andBetweenPartsOfOneOrganisationsNameJoinsThem() {
        assertThat(names(article("The Securities and Exchange Commission opened an inquiry on Monday.")))
                .containsExactly("Securities and Exchange Commission");
    }

    @Test
    void aTitledSurnameIsNoShortFormOfAnOrganisation() {
        AnnotatedArticle article = article("The Ford Foundation gave $5 million to the clinic.",
                "Mr. Ford told reporters he was pleased with the gift.");

        assertThat(entity(article, "Ford").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(article, "Ford Foundation").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void andInsideOneOrganisationsNameStillJoinsIt() {
        AnnotatedArticle article = article("Officials at the Department of Health and Human Services said so.");

        assertThat(names(article)).containsExactly("Department of Health and Human Services");
    }

    @Test
    void aWordOfOrganisationsTheTaggerCallsAnAdjectiveStillOpensTheName() {
        AnnotatedArticle article = article("Officials said the Ministry of Finance met on Monday.");

        assertThat(names(article)).containsExactly("Ministry of Finance");
        assertThat(entity(article, "Ministry of Finance").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void anAcronymBeforeAKindOfMadeThingNamesAThingNotAnOrganisation() {
        AnnotatedArticle article = article("The army moved its HIMARS launchers south, the FBI said.");

        assertThat(entity(article, "HIMARS").type()).isEqualTo(EntityType.OTHER);
        assertThat(entity(article, "FBI").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void anOrganisationsAcronymBeforeWhatItUsesIsStillAnOrganisation() {
        AnnotatedArticle article = article("NATO jets patrolled the border, and ISIS fighters withdrew, the FBI system showed.");

        assertThat(article.entities()).extracting(Entity::type).containsOnly(EntityType.ORG);
    }

    @Test
    void aCabinetTitleIsNotPartOfTheName() {
        AnnotatedArticle article = article("Transportation Secretary Pete Buttigieg visited the site on Tuesday.");

        assertThat(entity(article, "Pete Buttigieg").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(article)).containsExactly("Pete Buttigieg");
    }

    @Test
    void aStateBeforeAnAbbreviatedTitleIsAPlaceAndThePersonKeepsTheTitleAsRole() {
        AnnotatedArticle article = article("Maryland Gov. Wes Moore declared a state of emergency.");

        Entity governor = entity(article, "Wes Moore");
        assertThat(governor.type()).isEqualTo(EntityType.PERSON);
        assertThat(governor.roles()).containsExactly("Gov.");
        assertThat(entity(article, "Maryland").type()).isEqualTo(EntityType.PLACE);
        assertThat(names(article)).containsExactlyInAnyOrder("Wes Moore", "Maryland");
    }

    @Test
    void aDatelineNamesNoOne() {
        AnnotatedArticle article = article("BALTIMORE (Harbor Wire) — The divers searched the river for six missing workers.");

        assertThat(names(article)).isEmpty();
    }

    @Test
    void aPossessiveInsideAnOrganisationsNameDoesNotCutIt() {
        AnnotatedArticle article = article("Nurses of the Sisters' Benevolent Association and staff at Lakeview "
                + "Children's Hospital walked out on Friday.");

        assertThat(names(article)).containsExactlyInAnyOrder("Sisters' Benevolent Association", "Lakeview Children's Hospital");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Freight's Chief Executive Dana Holt resigned on Friday.",
            "Officials said Norland's Defence Ministry had confirmed the strike.",
            "Lawyers for Senator Dana Holt's Campaign Committee filed the papers."})
    void aPossessiveOfOneStillEndsAName(String text) {
        assertThat(names(article(text))).noneMatch(name -> name.contains("'s "));
    }

    @Test
    void aNameOpenedByPortIsAPlaceAndNoShortFormOfItsCity() {
        AnnotatedArticle article = article("Cranes stood idle at Port Elizabeth on Tuesday.",
                "In Elizabeth itself, shops near the docks closed early.");

        assertThat(Annotate.entity(article, "Port Elizabeth").type()).isEqualTo(EntityType.PLACE);
        assertThat(names(article)).contains("Port Elizabeth", "Elizabeth");
    }

    @Test
    void aNameOpenedByAPlaceWordWithATitleIsAPerson() {
        AnnotatedArticle article = article("Mayor Lake Bell spoke at the rally on Sunday.");

        assertThat(Annotate.entity(article, "Lake Bell").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameOpenedByAPlaceWordThatSpeaksIsAnOrganisation() {
        AnnotatedArticle article = article("Port Houston said on Monday that its terminals would stay closed.");

        assertThat(Annotate.entity(article, "Port Houston").type()).isEqualTo(EntityType.ORG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"“The rent went up again, and I'm not paying it,” a tenant told the council.",
            "“Three weeks now I’ve waited for a plumber,” the tenant said."})
    void iWithAContractionIsNoName(String text) {
        assertThat(names(article(text))).isEmpty();
    }

    @Test
    void aDatelineWithADateAndAnAgencyNamesNoOne() {
        AnnotatedArticle article = article("LONDON, March 26 (Reuters) - The ship's owner said the crew was safe.");

        assertThat(names(article)).isEmpty();
    }

    @Test
    void theWordOpeningTheSentenceAfterADatelineIsNotAName() {
        AnnotatedArticle article = article("BALTIMORE (Harbor Wire) — Divers searched the river for six missing workers.");

        assertThat(names(article)).isEmpty();
    }

    @Test
    void onlyTheFirstParagraphHasADateline() {
        AnnotatedArticle article = article("BALTIMORE (Harbor Wire) — The divers searched the river on Tuesday.",
                "Divers from Annapolis joined them, and Mayor Brandon Scott thanked them.");

        assertThat(names(article)).containsExactlyInAnyOrder("Annapolis", "Brandon Scott");
    }

    @Test
    void ordinaryWordsOpeningSentencesAreNotNames() {
        AnnotatedArticle article = article("Rescue crews worked through the night.",
                "Among those missing were four workers from Mexico.",
                "Eleven civilians were hurt when the span fell.",
                "Employees were back at the terminal by Monday.");

        assertThat(names(article)).containsExactly("Mexico");
    }

    @Test
    void peoplesAndAdjectivesOfPlacesAreNotNames() {
        AnnotatedArticle article = article(
                "Ukrainian forces fired the missiles, while North Koreans fought alongside Russian troops.");

        assertThat(names(article)).isEmpty();
    }

    @Test
    void aPersonOfAnOrganisationAreTwoNames() {
        AnnotatedArticle article = article("Marisa Delgado of Halvorsen Capital Inc. said the market was calm.");

        assertThat(entity(article, "Marisa Delgado").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(article, "Halvorsen Capital Inc.").type()).isEqualTo(EntityType.ORG);
        assertThat(names(article)).hasSize(2);
    }

    @Test
    void aPossessiveIsNotPartOfTheNameMentioned() {
        AnnotatedArticle article = article("Investigators questioned Wes Moore’s staff and Brawner Builders’ managers on Tuesday.");

        assertThat(mentions(article)).containsExactly("Wes Moore", "Brawner Builders");
    }

    @Test
    void aPossessiveSurnameOpeningASentenceJoinsTheFullName() {
        AnnotatedArticle article = article("Gov. Wes Moore toured the port. Moore’s office said the state would help.");

        assertThat(mentions(article)).containsExactly("Wes Moore", "Moore");
        assertThat(entity(article, "Wes Moore").variants()).containsExactly("Wes Moore", "Moore");
    }

    @Test
    void aCompanyNamedForItsTradeIsAnOrganisation() {
        AnnotatedArticle article = article("The bridge was repaired by Brawner Builders, whose crews were on the span.");

        assertThat(entity(article, "Brawner Builders").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aSurnameLaterInTheArticleJoinsTheFullName() {
        AnnotatedArticle article = article("Jessica Alvarez, a spokeswoman for the city, spoke on Monday.",
                "Later that day, Alvarez said the port would reopen.");

        assertThat(article.entities()).singleElement().satisfies(alvarez -> {
            assertThat(alvarez.name()).isEqualTo("Jessica Alvarez");
            assertThat(alvarez.type()).isEqualTo(EntityType.PERSON);
            assertThat(alvarez.variants()).containsExactly("Jessica Alvarez", "Alvarez");
        });
        assertThat(article.blocks().get(1).names()).singleElement().satisfies(mention -> assertThat(mention.entity()).isZero());
    }

    @Test
    void aSurnameThatSpeaksAtTheStartOfASentenceJoinsTheFullName() {
        AnnotatedArticle article = article("Jennifer Homendy, the chair of the safety board, arrived on Wednesday.",
                "Homendy said the investigation would take a year.");

        assertThat(article.entities()).singleElement()
                .satisfies(homendy -> assertThat(homendy.variants()).containsExactly("Jennifer Homendy", "Homendy"));
    }

    @Test
    void aSurnameOpeningASentenceJoinsTheFullNameWhateverTheTaggerMakesOfIt() {
        AnnotatedArticle article = article("President Volodymyr Zelensky spoke in Kyiv on Monday.",
                "Zelensky thanked President Joe Biden for the missiles.");

        assertThat(entity(article, "Volodymyr Zelensky").variants()).containsExactly("Volodymyr Zelensky", "Zelensky");
        assertThat(mentions(article)).contains("Zelensky");
    }

    @Test
    void aSurnameInsideASentenceIsANameWhateverTheTaggerMakesOfIt() {
        AnnotatedArticle article = article("Donald Trump Jr. said his father, Donald Trump, would speak on Friday.",
                "The crowd cheered loudly as Trump took the stage.");

        assertThat(entity(article, "Donald Trump").variants()).containsExactly("Donald Trump", "Trump");
    }

    @Test
    void aSurnameTwoPeopleShareStaysApartFromBoth() {
        AnnotatedArticle article = article(
                "Maria Lopez, a nurse, and Daniel Lopez, a welder, were on the span. Lopez said the bridge shook.");

        Entity maria = entity(article, "Maria Lopez");
        Entity daniel = entity(article, "Daniel Lopez");
        assertThat(maria).isNotEqualTo(daniel);
        assertThat(maria.variants()).containsExactly("Maria Lopez");
        assertThat(daniel.variants()).containsExactly("Daniel Lopez");
        NameMention lopez = article.blocks().getFirst().names().getLast();
        assertThat(lopez.name()).isEqualTo("Lopez");
        assertThat(article.entity(lopez.entity())).isNotIn(maria, daniel);
    }

    @Test
    void aFatherAndASonOfOneNameAreTwoPeopleAndTheSurnameIsTheFather() {
        AnnotatedArticle article = article("Donald Trump Jr. said his father, Donald Trump, would speak on Friday.",
                "Supporters cheered for Trump at the rally.");

        Entity son = entity(article, "Donald Trump Jr.");
        Entity father = entity(article, "Donald Trump");
        assertThat(son.type()).isEqualTo(EntityType.PERSON);
        assertThat(father.type()).isEqualTo(EntityType.PERSON);
        assertThat(son.variants()).containsExactly("Donald Trump Jr.");
        assertThat(father.variants()).containsExactly("Donald Trump", "Trump");
    }

    @Test
    void anAcronymAfterTheFullNameIsTheSameOrganisation() {
        AnnotatedArticle article = article("The National Transportation Safety Board opened an inquiry, "
                + "and the NTSB said its report would take a year.");

        assertThat(article.entities()).singleElement().satisfies(board -> {
            assertThat(board.name()).isEqualTo("National Transportation Safety Board");
            assertThat(board.type()).isEqualTo(EntityType.ORG);
            assertThat(board.variants()).containsExactly("National Transportation Safety Board", "NTSB");
        });
    }

    @Test
    void anAgencyWithoutItsCountryIsTheSameAgency() {
        AnnotatedArticle article = article("The U.S. Coast Guard ended the search. The Coast Guard said divers would return.");

        assertThat(article.entities()).singleElement().satisfies(guard -> {
            assertThat(guard.name()).isEqualTo("U.S. Coast Guard");
            assertThat(guard.type()).isEqualTo(EntityType.ORG);
            assertThat(guard.variants()).containsExactly("U.S. Coast Guard", "Coast Guard");
        });
    }

    @Test
    void aPortAndTheCityItIsNamedForAreTwoNames() {
        AnnotatedArticle article = article("The Port of Baltimore will stay closed for weeks, officials in Baltimore said.");

        assertThat(names(article)).containsExactlyInAnyOrder("Port of Baltimore", "Baltimore");
    }

    @Test
    void citiesAreTypedAsPlaces() {
        AnnotatedArticle article = article("Officials in Kyiv said the missiles struck targets near Kursk.");

        assertThat(entity(article, "Kyiv").type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(article, "Kursk").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void everyMentionPointsAtTheEntityOfItsName() {
        AnnotatedArticle article = article("Gov. Wes Moore met Mayor Brandon Scott in Baltimore.",
                "Moore said the state would pay, and Scott thanked him.");

        for (AnnotatedBlock block : article.blocks()) {
            for (NameMention mention : block.names()) {
                Entity entity = article.entity(mention.entity());
                assertThat(entity.variants()).as(mention.name()).contains(mention.name());
                assertThat(mention.span().of(block.text())).isEqualTo(mention.name());
            }
        }
        assertThat(entity(article, "Wes Moore").variants()).containsExactly("Wes Moore", "Moore");
        assertThat(entity(article, "Brandon Scott").variants()).containsExactly("Brandon Scott", "Scott");
    }
}
