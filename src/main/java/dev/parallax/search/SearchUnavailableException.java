package dev.parallax.search;

/** The index is still being built at start-up. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException() {
        super("The search index is being built; please try again in a moment.");
    }
}
