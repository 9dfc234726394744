package dev.parallax.web;

import dev.parallax.article.ArticleNotFoundException;
import dev.parallax.fetch.FetchException;
import dev.parallax.follow.FeedNotFoundException;
import dev.parallax.ingest.IngestionRefusedException;
import dev.parallax.outlet.OutletNameRefusedException;
import dev.parallax.outlet.OutletNotFoundException;
import dev.parallax.outlet.OutletProfileRefusedException;
import dev.parallax.search.SearchRefusedException;
import dev.parallax.story.StoryNotFoundException;
import dev.parallax.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every JSON API failure answers a problem ({@link ApiErrors}) whose "error" is a sentence a client can act on, with
 * a 4xx; never a stack trace. A client that hung up is not the portal's failure: a debug line, nothing written.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(IngestionRefusedException e) {
        return error(HttpStatus.valueOf(e.reason().httpStatus()), e.getMessage());
    }

    /** An address refused (422), a site that failed (502) or did not answer in time (504), a host not yet free (503). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> fetchFailed(FetchException e) {
        var answer = ResponseEntity.status(e.failure().httpStatus());
        if (e.retryAfter() != null && e.failure().isTransient()) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        return answer.body(ApiErrors.problem(HttpStatus.valueOf(e.failure().httpStatus()), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "The request's body is not the JSON this address expects; see /v3/api-docs.");
    }

    @ExceptionHandler({ArticleNotFoundException.class, StoryNotFoundException.class, FeedNotFoundException.class,
            OutletNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({OutletProfileRefusedException.class, OutletNameRefusedException.class, SearchRefusedException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> searchNotReady(SearchUnavailableException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the article as multipart/form-data with a 'file' part, or as a text/plain body.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the server accepts.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    ResponseEntity<ProblemDetail> missingPart(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "Attach the article as a multipart part named 'file'.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "“%s” is not a valid %s.".formatted(e.getValue(), e.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "This address does not accept " + e.getMethod() + ".");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchRoute(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "There is nothing at /" + e.getResourcePath() + ".");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("The client went away before its answer was written: {}", e.toString());
            return null;
        }
        log.error("Unexpected failure in the API", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.");
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiErrors.problem(status, message));
    }
}
