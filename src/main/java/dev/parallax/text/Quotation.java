package dev.parallax.text;

/**
 * Words an article puts in someone's mouth: the quoted words (without the marks), the words that attribute them,
 * the article's entity who speaks (null when the article does not name one), and how that was decided.
 */
public record Quotation(Span span, Span attribution, Integer speaker, Attribution attributedBy) {

    /** How a speaker was found, most direct first. */
    public enum Attribution {
        /** "…," Scott said; Moore told reporters: "…". */
        NAMED,
        /** "according to" a name. */
        ACCORDING_TO,
        /** A name earlier in the sentence whose verb takes a quote: Moore called it “a tragedy”. */
        SUBJECT,
        /** "the mayor said", a role the article gave someone it named. */
        ROLE,
        /** "he said": the last speaker the article named. */
        PRONOUN,
        /** A quote of its own right after an attributed one, with no attribution: the same speaker goes on. */
        FOLLOW_ON,
        /** Attributed to someone the article does not name ("officials said"), or to no one. */
        UNNAMED
    }
}
