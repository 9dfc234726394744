package dev.parallax.fetch;

import java.net.URI;
import java.time.Duration;

/** Why an address was not fetched, in a sentence a person can act on, and whether trying again later may help. */
public class FetchException extends RuntimeException {

    /** What went wrong; each maps to the HTTP status the API answers with. */
    public enum Failure {
        /** Not http or https, credentials in it, or an address on a private network. */
        ADDRESS_REFUSED(422, false),
        /** The site's robots.txt asks robots like Parallax not to fetch it. */
        DISALLOWED(422, false),
        /** The answer is not what was asked for: an image, a PDF, a page too large. */
        UNUSABLE(422, false),
        /** The site answered with an error. */
        SITE_ERROR(502, false),
        /** The site answered with an error that may pass (5xx, 429, 408). */
        SITE_UNAVAILABLE(502, true),
        /** No connection could be made, or it broke. */
        UNREACHABLE(502, true),
        /** The site did not answer in time. */
        TIMEOUT(504, true),
        /** Parallax's turn at the host has not come yet. */
        BUSY(503, true);

        private final int httpStatus;
        private final boolean transient_;

        Failure(int httpStatus, boolean transient_) {
            this.httpStatus = httpStatus;
            this.transient_ = transient_;
        }

        public int httpStatus() {
            return httpStatus;
        }

        /** Whether the same fetch may succeed later. */
        public boolean isTransient() {
            return transient_;
        }
    }

    private final Failure failure;
    private final URI address;
    private final Duration retryAfter;

    public FetchException(Failure failure, URI address, String message) {
        this(failure, address, message, null, null);
    }

    public FetchException(Failure failure, URI address, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.address = address;
        this.retryAfter = retryAfter;
    }

    public Failure failure() {
        return failure;
    }

    public URI address() {
        return address;
    }

    /** How long the site asked to be left alone ({@code Retry-After}), or when the host's turn comes; or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
