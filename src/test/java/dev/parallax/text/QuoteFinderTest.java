package dev.parallax.text;

import dev.parallax.text.Quotation.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.parallax.text.Annotate.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quotations and who speaks them, the ways wire copy attributes them, through the annotator. */
class QuoteFinderTest {

    /** A quotation with its words and its speaker's name as the article gives them. */
    private record Said(String words, String speaker, Attribution how, String attribution) {
    }

    private static List<Said> quotes(AnnotatedArticle article) {
        return article.blocks().stream().flatMap(block -> block.quotes().stream().map(quote -> new Said(
                quote.span().of(block.text()), article.speakerOf(quote), quote.attributedBy(),
                quote.attribution() == null ? null : quote.attribution().of(block.text())))).toList();
    }

    private static Said onlyQuote(String... paragraphs) {
        List<Said> found = quotes(article(paragraphs));
        assertThat(found).as("quotations").hasSize(1);
        return found.getFirst();
    }

    @Test
    void aSurnameAndSaidAfterTheQuoteNameTheSpeaker() {
        Said said = onlyQuote("Mayor Brandon Scott spoke at the pier on Tuesday.",
                "“We will rebuild this bridge together,” Scott said.");

        assertThat(said.words()).isEqualTo("We will rebuild this bridge together,");
        assertThat(said.speaker()).isEqualTo("Brandon Scott");
        assertThat(said.how()).isEqualTo(Attribution.NAMED);
    }

    @Test
    void aNameAnAppositiveAndAVerbAfterTheQuoteNameTheSpeaker() {
        Said said = onlyQuote("“Firms are still buying, but they are careful about it,” Omar Reyes, chief strategist at "
                + "the brokerage Coldwater Inc., told reporters.");

        assertThat(said.speaker()).isEqualTo("Omar Reyes");
        assertThat(said.how()).isEqualTo(Attribution.NAMED);
    }

    @Test
    void aVerbThatTakesAPartialQuoteAfterItDoesNotAttributeTheOneBefore() {
        Said said = onlyQuote("Dana Whitfield of Norrland Bank said prices were “easing, but only a little,” which she "
                + "called reassuring.");

        assertThat(said.speaker()).isEqualTo("Dana Whitfield");
    }

    @Test
    void theOrganisationAQuoteIsAttributedToByAWordOfItsName() {
        List<Said> said = quotes(article("The Hungarian Ministry of Agriculture blamed the drought.",
                "“Confirmed reports show the harvest fell sharply,” the ministry said."));

        assertThat(said).extracting(Said::speaker, Said::how).containsExactly(tuple("Ministry of Agriculture", Attribution.ROLE));
    }

    @Test
    void aWordThatOnlyQualifiesAnOrganisationsNameDoesNotNameIt() {
        List<Said> said = quotes(article("The State Department sent two envoys to the capital on Monday.",
                "“We will not pay for the dam,” the state said in a statement."));

        assertThat(said).extracting(Said::speaker).containsOnlyNulls();
    }

    @Test
    void theWordAnOrganisationsNameStandsOnNamesIt() {
        List<Said> said = quotes(article("The State Department sent two envoys to the capital on Monday.",
                "“The envoys will stay until the talks end,” the department said in a statement."));

        assertThat(said).extracting(Said::speaker).containsExactly("State Department");
    }

    @Test
    void wordsOfAnOrganisationsNameBeforeTheWordItStandsOnNameIt() {
        List<Said> said = quotes(article("The National Transportation Safety Board sent investigators to the crossing.",
                "“The signals had been tested the week before,” the safety board said."));

        assertThat(said).extracting(Said::speaker).containsExactly("National Transportation Safety Board");
    }

    @Test
    void aWordOfTwoOrganisationsNamesNeither() {
        List<Said> said = quotes(article("Officials from the Ministry of Agriculture met officials from the Ministry of Transport.",
                "“Confirmed reports show the harvest fell sharply,” the ministry said."));

        assertThat(said).extracting(Said::speaker).containsOnlyNulls();
    }

    @Test
    void aTermInQuotationMarksBeforeItsAppositiveIsNoQuotation() {
        List<Said> said = quotes(article("Residents rallied against the “river wall,” a barrier of concrete the county "
                + "wants along the bank."));

        assertThat(said).isEmpty();
    }

    @Test
    void aShortUtteranceCutOffByItsAttributionMidSentenceIsAQuotation() {
        List<Said> said = quotes(article("Gov. Wes Moore met the families on Tuesday.",
                "Asked about the delays, “Never again,” Moore said."));

        assertThat(said).extracting(Said::words, Said::speaker).containsExactly(tuple("Never again,", "Wes Moore"));
    }

    @Test
    void straightQuotationMarksWorkLikeCurlyOnes() {
        Said said = onlyQuote("Mayor Brandon Scott spoke at the pier on Tuesday.",
                "\"We will rebuild this bridge together,\" Scott said.");

        assertThat(said.words()).isEqualTo("We will rebuild this bridge together,");
        assertThat(said.speaker()).isEqualTo("Brandon Scott");
    }

    @Test
    void saidBeforeATitleAndANameNamesThatPerson() {
        Said said = onlyQuote("“The divers have done everything they can in very dangerous water,” "
                + "said Col. Roland Butler, the state police superintendent.");

        assertThat(said.speaker()).isEqualTo("Roland Butler");
        assertThat(said.how()).isEqualTo(Attribution.NAMED);
    }

    @Test
    void aQuoteSplitByItsAttributionIsTwoPartsOfOneUnnamedSpeaker() {
        List<Said> parts = quotes(article("“We lost power twice,” the captain said, “and then we could not steer at all.”"));

        assertThat(parts).extracting(Said::words)
                .containsExactly("We lost power twice,", "and then we could not steer at all.");
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.speaker()).isNull();
            assertThat(part.how()).isEqualTo(Attribution.UNNAMED);
            assertThat(part.attribution()).contains("the captain said");
        });
    }

    @Test
    void aQuoteSplitByANamedAttributionHasThatSpeakerForBothParts() {
        List<Said> parts = quotes(article("Capt. Ravi Kumar steered the ship out of the harbor on Tuesday.",
                "“We lost power twice,” Kumar said, “and then we could not steer at all.”"));

        assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(part.speaker()).isEqualTo("Ravi Kumar"));
    }

    @Test
    void aQuoteRightAfterAnAttributedOneIsTheSameSpeakerGoingOn() {
        List<Said> said = quotes(article("“We are not giving up on the families of the missing,” Gov. Wes Moore said. "
                + "“Every resource we have is on the water tonight.”"));

        assertThat(said).extracting(Said::speaker).containsExactly("Wes Moore", "Wes Moore");
        assertThat(said).extracting(Said::how).containsExactly(Attribution.NAMED, Attribution.FOLLOW_ON);
    }

    @Test
    void aQuoteOpeningTheNextParagraphGoesOnWithTheSameSpeaker() {
        List<Said> said = quotes(article("“We are not giving up on the families of the missing,” Gov. Wes Moore said.",
                "“Every resource we have is on the water tonight.”"));

        assertThat(said).extracting(Said::speaker).containsExactly("Wes Moore", "Wes Moore");
        assertThat(said.getLast().how()).isEqualTo(Attribution.FOLLOW_ON);
    }

    @Test
    void aQuoteAfterAParagraphWithoutQuotesIsNotAFollowOn() {
        List<Said> said = quotes(article("“We are not giving up,” Gov. Wes Moore said.",
                "Divers searched the river through the night.",
                "“Every resource we have is on the water tonight.”"));

        assertThat(said.getLast().speaker()).isNull();
    }

    @Test
    void hePointsAtThePersonThePreviousSentenceIsAbout() {
        Said said = onlyQuote("Wes Moore visited the port on Tuesday with his staff.",
                "“This is a dark day for our state and for every family here,” he said.");

        assertThat(said.speaker()).isEqualTo("Wes Moore");
        assertThat(said.how()).isEqualTo(Attribution.PRONOUN);
    }

    @Test
    void hePointsAtTheLatestPersonNotTheLastSpeaker() {
        List<Said> said = quotes(article("“We will rebuild,” Gov. Wes Moore said on Tuesday.",
                "Mayor Brandon Scott toured the pier later that day.",
                "“The city will not wait for anyone,” he said."));

        assertThat(said.getLast().speaker()).isEqualTo("Brandon Scott");
    }

    @Test
    void theyNamesNoOne() {
        Said said = onlyQuote("Gov. Wes Moore met the families on Tuesday.",
                "“We want answers before anything else,” they said.");

        assertThat(said.speaker()).isNull();
    }

    @Test
    void aPartialQuoteAfterItsSubjectIsTheSubjects() {
        Said said = onlyQuote("Gov. Wes Moore met the families of the workers on Tuesday. Moore called it “a tragedy beyond words.”");

        assertThat(said.words()).isEqualTo("a tragedy beyond words.");
        assertThat(said.speaker()).isEqualTo("Wes Moore");
        assertThat(said.how()).isEqualTo(Attribution.SUBJECT);
    }

    @Test
    void aVerbAfterAnAuxiliaryStillHasTheNameBeforeItForSubject() {
        Said said = onlyQuote("Mayor Lena Ortiz visited the flooded district on Monday.",
                "Ortiz has said the city will pay for the repairs and that she is “not going to wait for the state.”");

        assertThat(said.speaker()).isEqualTo("Lena Ortiz");
    }

    @Test
    void aNameInAnAppositiveBeforeAnAuxiliaryAndItsVerbSpeaks() {
        Said said = onlyQuote("The Northfield Growers Union, whose president, Carl Emmett, has warned that a dry spring "
                + "“would cut the harvest by half,” renewed its call for county help.");

        assertThat(said.speaker()).isEqualTo("Carl Emmett");
    }

    @Test
    void anOrganisationWithItsAcronymAndAnAppositiveSpeaks() {
        Said said = onlyQuote("The Lakeside Transit Authority (LTA), which runs the city's buses, said on Friday that it was "
                + "“ready to talk at any hour.”");

        assertThat(said.speaker()).isEqualTo("Lakeside Transit Authority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Critics of Mayor Lena Ortiz have said the plan is “a giveaway to developers.”",
            "The shipping alliance that employs Carl Emmett also said the offer was “final and not open to talks.”",
            "Critics of Mayor Lena Ortiz said the plan is “a giveaway to developers.”"})
    void aNameThatIsTheObjectOfTheWordBeforeItDoesNotSpeak(String text) {
        assertThat(quotes(article(text))).extracting(Said::speaker).doesNotContain("Lena Ortiz", "Carl Emmett");
    }

    @Test
    void aShortQuoteWithItsAttributionSeveralWordsOnIsAQuotation() {
        List<Said> said = quotes(article("Asked whether a deal was near, “Not yet,” a spokeswoman for the union said."));

        assertThat(said).extracting(Said::words).containsExactly("Not yet,");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Said said = onlyQuote("Safety board chair Jennifer Homendy visited the wreck on Wednesday.",
                "“The pilots did what they were trained to do,” according to Homendy.");

        assertThat(said.speaker()).isEqualTo("Jennifer Homendy");
        assertThat(said.how()).isEqualTo(Attribution.ACCORDING_TO);
        assertThat(said.attribution()).isEqualTo("according to Homendy");
    }

    @Test
    void accordingToAFullNameNamedNowhereElseNamesThatPerson() {
        AnnotatedArticle article = article("“The ship lost power twice before it struck the bridge,” according to Jennifer Homendy.");

        assertThat(Annotate.entity(article, "Jennifer Homendy").type()).isEqualTo(EntityType.PERSON);
        assertThat(quotes(article)).singleElement().satisfies(said -> assertThat(said.speaker()).isEqualTo("Jennifer Homendy"));
    }

    @Test
    void theRoleTheArticleGaveSomeoneNamesThem() {
        Said said = onlyQuote("Mayor Brandon Scott toured the pier on Tuesday.",
                "“We will rebuild this bridge,” the mayor said.");

        assertThat(said.speaker()).isEqualTo("Brandon Scott");
        assertThat(said.how()).isEqualTo(Attribution.ROLE);
    }

    @Test
    void anAbbreviatedTitleGivesTheRoleItAbbreviates() {
        Said said = onlyQuote("Gov. Wes Moore toured the pier on Tuesday.",
                "“We will rebuild this bridge,” the governor said.");

        assertThat(said.speaker()).isEqualTo("Wes Moore");
        assertThat(said.how()).isEqualTo(Attribution.ROLE);
    }

    @Test
    void theCaptainNamesTheCaptainTheArticleNamed() {
        Said said = onlyQuote("Capt. Ravi Kumar steered the ship out of the harbor on Tuesday.",
                "“We lost power twice,” the captain said.");

        assertThat(said.speaker()).isEqualTo("Ravi Kumar");
    }

    @Test
    void officialsNamesNoOneEvenWhenSomeoneWasNamedBefore() {
        Said said = onlyQuote("Gov. Wes Moore toured the pier on Tuesday.",
                "“The water is too cold for divers tonight,” officials said.");

        assertThat(said.speaker()).isNull();
        assertThat(said.how()).isEqualTo(Attribution.UNNAMED);
    }

    @Test
    void aOneWordScareQuoteIsNotAQuotation() {
        assertThat(quotes(article("Officials described the “unprecedented” damage to the port."))).isEmpty();
    }

    @Test
    void aTwoWordScareQuoteInsideASentenceIsNotAQuotation() {
        assertThat(quotes(article("Traffic moved slowly through the “recovery phase” on Monday."))).isEmpty();
    }

    @Test
    void aShortPhraseANamedPersonIsSaidToHaveUsedIsAPartialQuote() {
        Said said = onlyQuote("Governor Ana Silva called the flooding “a slow disaster” and left for the coast.");

        assertThat(said.words()).isEqualTo("a slow disaster");
        assertThat(said.speaker()).isEqualTo("Ana Silva");
    }

    @Test
    void aPronounAfterTheVerbOpensWhatWasSaidNotWhoSaidIt() {
        List<Said> said = quotes(article("Mayor Lena Ortiz spoke first.",
                "Governor Ana Silva said she would visit the town “as soon as I can, and not a day later.”"));

        assertThat(said).extracting(Said::speaker).containsExactly("Ana Silva");
    }

    @Test
    void aNameAfterTheVerbIsWhomTheQuoteDescribesNotWhoSaidIt() {
        assertThat(quotes(article("Police said Tom Webb was “armed and dangerous” when he left the town.")))
                .extracting(Said::speaker).doesNotContain("Tom Webb");
    }

    @Test
    void aNameAfterTheVerbRightBeforeTheQuoteSaidIt() {
        Said said = onlyQuote("Said Governor Ana Silva: “We will rebuild every house on this coast.”");

        assertThat(said.speaker()).isEqualTo("Ana Silva");
    }

    @Test
    void aShortPhraseWithOnlyAPronounNearItIsNoQuotation() {
        assertThat(quotes(article("Governor Ana Silva toured the coast.", "She said the work was in a “recovery phase” now.")))
                .isEmpty();
    }

    @Test
    void aOneWordScareQuoteAtTheEndOfASentenceIsNotAQuotation() {
        assertThat(quotes(article("Officials described the damage to the “port.”"))).isEmpty();
    }

    @Test
    void aTwoWordScareQuoteAtTheEndOfASentenceIsNotAQuotation() {
        assertThat(quotes(article("The port stayed on detours through the “recovery phase.”"))).isEmpty();
    }

    @Test
    void aQuotationsSpanLeavesOutTheQuotationMarks() {
        String paragraph = "“We will rebuild this bridge together,” Mayor Brandon Scott said.";
        Quotation quote = article(paragraph).blocks().getFirst().quotes().getFirst();

        assertThat(quote.span().of(paragraph)).doesNotContain("“", "”").startsWith("We will");
        assertThat(quote.attribution().of(paragraph)).contains("Mayor Brandon Scott said");
    }

    @Test
    void wordsAJudgeWroteAboutADefendantAreTheJudgesThroughTheReportedSpeech() {
        List<Said> found = quotes(article("Justice Miriam Castellano ruled against the shipping magnate Anton Kessler on Tuesday.",
                "Castellano wrote that Kessler showed a \"complete lack of contrition\" during the trial and that the inflated "
                        + "valuations \"were not honest mistakes but a business model.\""));

        assertThat(found).extracting(Said::speaker).containsExactly("Miriam Castellano", "Miriam Castellano");
    }

    @Test
    void aNameAfterToldIsWhomTheWordsWereSaidTo() {
        List<Said> found = quotes(article("Judge James Zagel sentenced Rod Blagojevich to 14 years on Wednesday.",
                "The judge told Blagojevich: “The jury didn't believe you, and neither did I.”"));

        assertThat(found).singleElement().satisfies(said -> assertThat(said.speaker()).isNotEqualTo("Rod Blagojevich"));
    }

    @Test
    void sheSaidAfterARoleIsThePersonOfThatRole() {
        Said said = onlyQuote("The attorney general, Renata Solis, sued the company in 2022.",
                "Anton Kessler denied wrongdoing throughout the trial.",
                "The attorney general called the ruling a warning. \"No matter how big your fleet is, you cannot lie to banks,\" she said.");

        assertThat(said.speaker()).isEqualTo("Renata Solis");
    }

    @Test
    void aPronounIsNeverTheSomeoneASentenceOnlyMentionsInPassing() {
        Said said = onlyQuote("Carla Rensick, 52, and her husband keep cattle inside the evacuation zone. They left on Sunday "
                        + "night after Gov. Josh Shapiro ordered residents to go.",
                "“We drove out with the dogs and left the cows,” she said.");

        assertThat(said.speaker()).isEqualTo("Carla Rensick");
    }

    @Test
    void someoneQuotedSpeakingOfSomeoneElseIsNotWhomAPronounMeans() {
        Said said = quotes(article("Mr Reinholt, 61, conceded later that night. “I accept the verdict,” he said, adding: "
                        + "“I called Dr Ilona Maresh to congratulate her.”",
                "He also said he would step down as party leader. “It is time for a new generation to lead,” he said.")).getLast();

        assertThat(said.speaker()).isEqualTo("Reinholt");
    }
}
