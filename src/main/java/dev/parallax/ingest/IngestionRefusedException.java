package dev.parallax.ingest;

/** A text Parallax will not ingest, with a reason a user can act on. */
public class IngestionRefusedException extends RuntimeException {

    /** Why the text was refused; each maps to the HTTP status the API answers with. */
    public enum Reason {
        EMPTY(400), NO_PROSE(400), MALFORMED(400), TOO_LARGE(413), BINARY(415), NOT_UTF8(415),
        /** A page fetched from its address that holds no article Parallax can read. */
        NO_ARTICLE(422);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Reason reason;

    public IngestionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
