package dev.parallax.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphLinesTest {

    /** The definition of a normalised line: what the loop must agree with, character for character. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private static String byDefinition(String raw) {
        return SPACES.matcher(raw.replace("\uFEFF", "")).replaceAll(" ").strip();
    }

    @Test
    void agreesWithItsDefinitionOnRandomLines() {
        String alphabet = "ab .\t\u000B\f\r\u00A0\u2007\u202F\uFEFF\u3000\u2003\u200B\u001Fé";
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int length = random.nextInt(9); length > 0; length--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(ParagraphLines.normalized(line.toString())).as("%s", line.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byDefinition(line.toString()));
        }
    }

    @Test
    void blankLinesSeparateAndHardWrappedLinesJoin() {
        String body = "\uFEFFThe council met on Monday and\nagreed to the plan.\r\n\r\nA\u00A0second  paragraph.\n\n\n";

        assertThat(ParagraphLines.of(body)).isEqualTo(List.of(
                "The council met on Monday and agreed to the plan.", "A second paragraph."));
    }
}
