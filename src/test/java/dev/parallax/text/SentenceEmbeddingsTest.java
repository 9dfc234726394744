package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts the sentence model has nothing to say of get a vector alike to none, never an exception. */
class SentenceEmbeddingsTest {

    @Test
    void aTextWithoutLettersOrDigitsIsEmbeddedAsNoMeaning() {
        List<float[]> vectors = SentenceEmbeddings.embed(List.of("\u00AD", "", " \u0000 ", "…", "The Larkspur Bridge closed on Tuesday."));

        assertThat(vectors).hasSize(5);
        vectors.subList(0, 4).forEach(vector -> assertThat(SentenceEmbeddings.cosine(vector, vectors.get(4))).isZero());
        assertThat(SentenceEmbeddings.cosine(vectors.get(4), vectors.get(4))).isGreaterThan(0.99);
    }

    @Test
    void meaninglessMeansNoLetterAndNoDigit() {
        assertThat(SentenceEmbeddings.meaningless("\u00AD")).isTrue();
        assertThat(SentenceEmbeddings.meaningless("(((")).isTrue();
        assertThat(SentenceEmbeddings.meaningless("6")).isFalse();
        assertThat(SentenceEmbeddings.meaningless("שלום")).isFalse();
    }
}
