package dev.parallax.search;

/** A query that cannot be run as given, with what the reader can do about it. */
public class SearchRefusedException extends RuntimeException {

    public SearchRefusedException(String message) {
        super(message);
    }
}
