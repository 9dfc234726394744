package dev.parallax.compare;

/** Two articles cannot be set side by side: the annotator could not handle one of them. */
public class ArticlesNotAnalysedException extends RuntimeException {

    ArticlesNotAnalysedException() {
        super("One of these articles could not be analysed, so they cannot be compared sentence by sentence.");
    }
}
