package dev.parallax.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's errors, made in one place: an RFC 9457 problem ({@link ProblemDetail}) that also carries the sentence
 * under "error", the field the JSON contract names. Controllers answer with {@link #problem}; code that runs
 * before Spring MVC (security entry points, filters, Tomcat's error valve) writes the same body with {@link #write}.
 */
public final class ApiErrors {

    /** The field of the JSON contract that holds the sentence a client can act on. */
    public static final String ERROR = "error";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String sentence) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sentence);
        problem.setProperty(ERROR, sentence);
        return problem;
    }

    /** Writes the problem for a response that Spring MVC's message converters do not reach. */
    public static void write(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, sentence));
    }

    /** The body as Spring MVC writes a {@link #problem}. */
    static String json(int status, String sentence) {
        return JSON.writeValueAsString(fields(status, sentence));
    }

    /** A problem's fields in the order Spring MVC writes them, then the contract's "error". */
    static Map<String, Object> fields(int status, String sentence) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", sentence);
        body.put(ERROR, sentence);
        return body;
    }
}
