package dev.parallax.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * While PostgreSQL cannot be reached, whatever needs it answers 503 at once, with a Retry-After: the API its JSON
 * error, pages a friendly page that says search still works. Before any other resolver, so that no handler turns
 * an outage into a 500.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    static final String VIEW_UNAVAILABLE = "error/unavailable";
    static final String MESSAGE = "The archive is briefly unavailable; please try again in a few seconds. Search still works.";
    /** Seconds a client should wait: the pool retries a connection for 2 s, and an outage seen is usually short. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseOutage.causedBy(failure)) {
            return null;
        }
        log.warn("Answered {} {} with 503: the database cannot be reached ({})", request.getMethod(),
                request.getRequestURI(), failure.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        if (wantsJson(request)) {
            try {
                ApiErrors.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), MESSAGE);
                return new ModelAndView();
            } catch (IOException clientGone) {
                return new ModelAndView();
            }
        }
        ModelAndView page = new ModelAndView(VIEW_UNAVAILABLE);
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1; // after the error attributes, which only record the failure
    }
}
