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
        attributes.put("error", switch (status) {
            case 400 -> "The request was not understood. Check the address and try again.";
            case 401 -> "Please sign in to do this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "That is more than the server accepts.";
            case 415 -> "That kind of content is not accepted here.";
            case 429 -> attributes.get("message") instanceof String message && !message.isBlank()
                    ? message : "Too many attempts; wait a minute and try again.";
            default -> status >= 500 ? "Something went wrong on our side; please try again." : "The request failed.";
        });
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }
}
