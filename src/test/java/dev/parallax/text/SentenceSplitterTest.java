package dev.parallax.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences as wire copy writes them: abbreviations, titles, initials and times must not cut a sentence in two. */
class SentenceSplitterTest {

    @Test
    void aMilitaryTitleBeforeANameDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("Col. Roland Butler said the search would resume at dawn."))
                .containsExactly("Col. Roland Butler said the search would resume at dawn.");
    }

    @Test
    void aSenatorsTitleDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("Sen. Chris Van Hollen visited the site on Tuesday."))
                .containsExactly("Sen. Chris Van Hollen visited the site on Tuesday.");
    }

    @Test
    void aGovernorsTitleInsideASentenceDoesNotEndIt() {
        assertThat(SentenceSplitter.sentences("Maryland Gov. Wes Moore declared a state of emergency."))
                .containsExactly("Maryland Gov. Wes Moore declared a state of emergency.");
    }

    @Test
    void saintBeforeAStreetNameDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("The crew reached St. Paul Street before noon."))
                .containsExactly("The crew reached St. Paul Street before noon.");
    }

    @Test
    void anAbbreviatedMonthBeforeItsDayDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("The ship left port on Jan. 5 and sailed south."))
                .containsExactly("The ship left port on Jan. 5 and sailed south.");
    }

    @Test
    void usBeforeTheNameOfAnAgencyDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("The U.S. Coast Guard suspended its search on Wednesday."))
                .containsExactly("The U.S. Coast Guard suspended its search on Wednesday.");
    }

    @Test
    void amBeforeADayOfTheWeekDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("Divers will go back into the water at 6 a.m. Wednesday, officials said."))
                .containsExactly("Divers will go back into the water at 6 a.m. Wednesday, officials said.");
    }

    @Test
    void pmBeforeADayOfTheWeekInTheMiddleOfASentenceDoesNotEndIt() {
        String text = "The lockout began at midnight local time, or 10:00 p.m. Sunday in Denver, when the old contract ran out.";
        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @Test
    void aDatelineWithAStateAbbreviationBeforeTheDashDoesNotEndASentence() {
        String text = "DENVER, Colo., — By 6 a.m. on Monday, pickets had closed both gates of the rail yard.";
        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Polls closed at 8 p.m. Eastern time, and the count began at once.",
            "The drones struck at 4 a.m. Moscow time, the ministry said.",
            "The launch slipped to 9 a.m. Pacific Daylight Time on Friday."})
    void amBeforeATimeZoneInWordsDoesNotEndASentence(String text) {
        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @Test
    void amBeforeThisTimeEndsASentence() {
        assertThat(SentenceSplitter.sentences("The first polling place opened at 7 a.m. This time, she said, nobody waited."))
                .containsExactly("The first polling place opened at 7 a.m.", "This time, she said, nobody waited.");
    }

    @Test
    void amBeforeATimeZoneDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("The ship lost power at 1:27 a.m. ET on Tuesday."))
                .containsExactly("The ship lost power at 1:27 a.m. ET on Tuesday.");
    }

    @Test
    void aMiddleInitialAndJuniorInsideANameDoNotEndASentence() {
        assertThat(SentenceSplitter.sentences("Roland L. Butler Jr. said the divers would return."))
                .containsExactly("Roland L. Butler Jr. said the divers would return.");
    }

    @Test
    void aTitleAMiddleInitialAndJuniorTogetherStayInOneSentence() {
        String text = "State police superintendent Col. Roland L. Butler Jr. told reporters the search was over.";

        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @Test
    void incAtTheEndOfASentenceEndsItWhenTheNextOpensWithThe() {
        assertThat(SentenceSplitter.sentences("The deal was signed by Halvorsen Capital Inc. The company declined to comment."))
                .containsExactly("The deal was signed by Halvorsen Capital Inc.", "The company declined to comment.");
    }

    @Test
    void juniorAtTheEndOfASentenceEndsItWhenTheNextOpensWithThe() {
        assertThat(SentenceSplitter.sentences("The award went to Roland Butler Jr. The ceremony was brief."))
                .containsExactly("The award went to Roland Butler Jr.", "The ceremony was brief.");
    }

    @Test
    void pmAtTheEndOfASentenceEndsItWhenTheNextOpensWithThe() {
        assertThat(SentenceSplitter.sentences("The meeting ended at 5 p.m. The mayor left soon after."))
                .containsExactly("The meeting ended at 5 p.m.", "The mayor left soon after.");
    }

    @Test
    void theVersusOfACaseNameDoesNotEndASentence() {
        String text = "The appeal, Okafor v. Bellweather Mining Co., was heard in the spring.";
        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @Test
    void aDayAfterAnAbbreviatedMonthEndsASentenceWhenTheNextOpensWithThe() {
        assertThat(SentenceSplitter.sentences("The hearing was held on Oct. 12. The ruling came months later."))
                .containsExactly("The hearing was held on Oct. 12.", "The ruling came months later.");
    }

    @Test
    void aNumberedListItemStaysWithItsText() {
        String text = "1. The council meets on Monday.";
        assertThat(SentenceSplitter.sentences(text)).containsExactly(text);
    }

    @Test
    void usAtTheEndOfASentenceEndsItWhenTheNextOpensWithThe() {
        assertThat(SentenceSplitter.sentences("The ship was built in the U.S. The crew was not."))
                .containsExactly("The ship was built in the U.S.", "The crew was not.");
    }

    @Test
    void aQuotedQuestionAndItsSpeakerAreOneSentence() {
        assertThat(SentenceSplitter.sentences("“Did anyone see the lights go out?” she asked."))
                .containsExactly("“Did anyone see the lights go out?” she asked.");
    }

    @Test
    void aQuotedQuestionWithTheVerbFirstIsOneSentenceAndTheNextStandsAlone() {
        assertThat(SentenceSplitter.sentences("“Who will pay for this?” asked the mayor. The council did not answer."))
                .containsExactly("“Who will pay for this?” asked the mayor.", "The council did not answer.");
    }

    @Test
    void aQuotedExclamationAndItsSpeakerAreOneSentence() {
        assertThat(SentenceSplitter.sentences("“Get off the bridge!” an officer shouted."))
                .containsExactly("“Get off the bridge!” an officer shouted.");
    }

    @Test
    void spansAreExactOffsetsWithoutTheSurroundingWhiteSpace() {
        String text = "  The ship lost power. \n The bridge fell.  ";

        List<Span> spans = SentenceSplitter.split(text);

        assertThat(spans).containsExactly(new Span(2, 22), new Span(25, 41));
        assertThat(spans).extracting(span -> span.of(text)).containsExactly("The ship lost power.", "The bridge fell.");
    }

    @Test
    void everySpanGivesBackItsSentenceFromTheText() {
        String text = "Col. Roland L. Butler Jr. said divers would return at 6 a.m. Wednesday. "
                + "The U.S. Coast Guard agreed. The ship belongs to Halvorsen Capital Inc. The company declined to comment.";

        List<Span> spans = SentenceSplitter.split(text);

        assertThat(spans).extracting(span -> span.of(text)).containsExactlyElementsOf(SentenceSplitter.sentences(text));
        assertThat(spans).extracting(span -> span.of(text)).containsExactly(
                "Col. Roland L. Butler Jr. said divers would return at 6 a.m. Wednesday.",
                "The U.S. Coast Guard agreed.",
                "The ship belongs to Halvorsen Capital Inc.",
                "The company declined to comment.");
        assertThat(spans).isSorted();
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
    }

    @Test
    void whiteSpaceOnlyHasNoSentences() {
        assertThat(SentenceSplitter.split(" \t\n  \r\n")).isEmpty();
    }

    @Test
    void nonBreakingSpaceOnlyHasNoSentences() {
        assertThat(SentenceSplitter.split(" \t\n\u00a0 \r\n")).isEmpty();
    }

    @Test
    void theFirstSentenceIsTheFirstOfTheText() {
        assertThat(SentenceSplitter.first("Sen. Chris Van Hollen spoke first. The governor spoke next."))
                .isEqualTo("Sen. Chris Van Hollen spoke first.");
    }
}
