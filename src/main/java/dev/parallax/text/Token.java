package dev.parallax.text;

/** A word or a mark of a text, where it stands, and its part of speech. */
public record Token(Span span, PartOfSpeech tag, String text) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isLetters() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }
}
