package dev.parallax.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlainWordsTest {

    /** The definition in one line: what the loop must agree with, word for word. */
    private static final Pattern DEFINITION =
            Pattern.compile("[\\p{Ps}\\p{Pi}\"'“‘]*\\p{L}[\\p{L}\\p{M}'’.\\-]*[\\p{Pe}\\p{Pf}\\p{Po}\"”’]*");

    @ParameterizedTest
    @ValueSource(strings = {"Kyiv", "(“Kyiv’s”),", "U.S.", "long-range", "don't", "café", "e\u0301te", "Ωμέγα",
            "said.", "rock’n’roll", "\"quoted\"", "[sic]"})
    void wordsOfProseArePlain(String word) {
        assertThat(PlainWords.isPlain(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "x=1", "<br>", "a<b", "--", "(", "$5", "Kyiv$", "#tag", "foo()bar", "“”"})
    void numbersCodeAndMarkupAreNot(String word) {
        assertThat(PlainWords.isPlain(word)).isFalse();
    }

    @Test
    void agreesWithItsDefinitionOnRandomWords() {
        String alphabet = "aZé\u0301ß.'’-\"“”‘()[]{},;:!?«»<>=/\\#$%&*+0123456789_ \u2019\u201C𝒜😀";
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                word.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String text = word.toString();
            assertThat(PlainWords.isPlain(text)).as(text).isEqualTo(DEFINITION.matcher(text).matches());
        }
    }
}
