package dev.parallax.web;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/**
 * Errors that reach the container (unknown routes, failures outside controllers) get a sentence a reader can
 * act on as "error", for the error pages and for JSON clients alike; never a stack trace.
 */
@Component
class FriendlyErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        // A throttled sign-in says how long to wait, in the message it was refused with.
        boolean throttledWithReason = status == 429 && attributes.get("message") instanceof String message && !message.isBlank();
        String sentence = throttledWithReason ? (String) attributes.get("message") : sentenceFor(status);
        // JSON clients get the API's problem fields; the error page reads "error" and "status".
        attributes.putAll(ApiErrors.fields(status, sentence));
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }

    /** The sentence a reader sees for a status, on error pages, in JSON errors and on requests Tomcat rejects. */
    static String sentenceFor(int status) {
        return switch (status) {
            case 400 -> "The request was not understood. Check the address and try again.";
            case 401 -> "Please sign in to do this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "That is more than the server accepts.";
            case 414 -> "The address is longer than the server accepts.";
            case 415 -> "That kind of content is not accepted here.";
            case 431 -> "The request's headers are larger than the server accepts.";
            case 503 -> DatabaseOutageResolver.MESSAGE;
            case 429 -> "Too many attempts; wait a minute and try again.";
            default -> status >= 500 ? "Something went wrong on our side; please try again." : "The request failed.";
        };
    }
}
