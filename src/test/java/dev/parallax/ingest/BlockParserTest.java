package dev.parallax.ingest;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.article.BlockKind.HEADING;
import static dev.parallax.article.BlockKind.PARAGRAPH;
import static dev.parallax.article.BlockKind.QUESTION;
import static dev.parallax.article.BlockKind.RELATED;
import static dev.parallax.article.BlockKind.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

class BlockParserTest {

    private static final String PROSE_1 = "The city council voted on Tuesday to close the old harbour bridge for repairs, "
            + "citing cracks that inspectors found in September.";
    private static final String PROSE_2 = "Engineers say the work will take at least eleven months and cost the city "
            + "more than 40 million dollars, far above earlier estimates.";

    private final BlockParser parser = new BlockParser();

    private List<BlockKind> kinds(String text) {
        return parser.parse(text).blocks().stream().map(Block::getKind).toList();
    }

    private List<String> texts(String text, BlockKind kind) {
        return parser.parse(text).blocks().stream().filter(b -> b.getKind() == kind).map(Block::getText).toList();
    }

    @Test
    void shortFirstLineWithoutFullStopIsTheHeadline() {
        String text = "Harbour Bridge to Close for Repairs\n" + PROSE_1 + "\n" + PROSE_2;

        BlockParser.Parsed parsed = parser.parse(text);

        assertThat(parsed.hasHeadline()).isTrue();
        assertThat(kinds(text)).containsExactly(TITLE, PARAGRAPH, PARAGRAPH);
    }

    @Test
    void firstLineEndingInFullStopIsProseNotAHeadline() {
        String text = "The bridge will close.\n" + PROSE_1 + "\n" + PROSE_2;

        assertThat(parser.parse(text).hasHeadline()).isFalse();
        assertThat(kinds(text)).containsExactly(PARAGRAPH, PARAGRAPH, PARAGRAPH);
    }

    @Test
    void longFirstSentenceIsNotAHeadlineEvenWithoutFullStop() {
        String text = PROSE_1.replace(".", "") + "\n" + PROSE_2;

        assertThat(parser.parse(text).hasHeadline()).isFalse();
    }

    @Test
    void shortLinesOpeningSectionsAreHeadingsIncludingQuestionsAndOnesWithoutQuestionMark() {
        String text = PROSE_1 + "\nWhy did the council act now?\n" + PROSE_2
                + "\nWhat Comes Next: The Vote in Spring\n" + PROSE_1 + "\nWho pays\n" + PROSE_2;

        assertThat(kinds(text)).containsExactly(PARAGRAPH, HEADING, PARAGRAPH, HEADING, PARAGRAPH, HEADING, PARAGRAPH);
        assertThat(texts(text, QUESTION)).isEmpty();
    }

    @Test
    void readAlsoLinesAreRelated() {
        String text = PROSE_1 + "\nAlso read: Ferry companies add extra crossings\n" + PROSE_2
                + "\nRead more — How old bridges are inspected";

        assertThat(kinds(text)).containsExactly(PARAGRAPH, RELATED, PARAGRAPH, RELATED);
    }

    @Test
    void trailingLeadQuestionAndNumberedListAreDiscussionQuestionsInOrderWithoutNumbers() {
        String text = PROSE_1 + "\n" + PROSE_2 + "\nShould cities spend more on maintenance than on new roads?\n"
                + "1. Who should pay for the repairs?\n2) How would you weigh safety against cost?\n"
                + "3. What could the council have done earlier?";

        assertThat(texts(text, QUESTION)).containsExactly(
                "Should cities spend more on maintenance than on new roads?",
                "Who should pay for the repairs?",
                "How would you weigh safety against cost?",
                "What could the council have done earlier?");
        assertThat(kinds(text)).startsWith(PARAGRAPH, PARAGRAPH);
    }

    @Test
    void introLineBeforeQuestionListIsAHeading() {
        String text = PROSE_1 + "\n" + PROSE_2 + "\nQuestions for discussion:\n- Who decides?\n- Who pays?";

        assertThat(kinds(text)).containsExactly(PARAGRAPH, PARAGRAPH, HEADING, QUESTION, QUESTION);
    }

    @Test
    void rhetoricalQuestionInsideAParagraphIsNotADiscussionQuestion() {
        String text = PROSE_1 + "\nIs this the end of the old bridge? Engineers doubt it, and the council agrees.";

        assertThat(texts(text, QUESTION)).isEmpty();
        assertThat(kinds(text)).containsExactly(PARAGRAPH, PARAGRAPH);
    }

    @Test
    void trailingListOfStatementsIsNotQuestions() {
        String text = PROSE_1 + "\n" + PROSE_2 + "\n1. Close the bridge.\n2. Repair the deck.\n3. Reopen in spring.";

        assertThat(texts(text, QUESTION)).isEmpty();
    }

    @Test
    void standaloneQuestionAfterTheLastParagraphIsADiscussionQuestion() {
        String text = PROSE_1 + "\n" + PROSE_2 + "\nWould you drive across a bridge with cracks in it?";

        assertThat(texts(text, QUESTION)).containsExactly("Would you drive across a bridge with cracks in it?");
    }

    @Test
    void hardWrappedParagraphsAreJoinedAndBlankLinesSeparate() {
        String text = "The council voted on Tuesday to close\nthe old harbour bridge for repairs.\n\n"
                + "Engineers say the work will take\neleven months.\r\n";

        assertThat(texts(text, PARAGRAPH)).containsExactly(
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Engineers say the work will take eleven months.");
    }

    @Test
    void hostileAndOddInputNeverBreaksTheParser() {
        for (String text : List.of("?", "1.", "\n\n\n", "A\nB", "Also read: x", "<script>alert(1)</script>",
                "1. a?\n2. b?", "?\n?\n?", "\u0000\uFFFF", "   \t ")) {
            BlockParser.Parsed parsed = parser.parse(text);
            assertThat(parsed.blocks()).allSatisfy(block -> assertThat(block.getText()).isNotBlank());
        }
    }
}
