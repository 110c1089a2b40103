package io.qunflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Words;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The stable problem types of the API (RFC 9457). Clients switch on {@code type}; {@code detail} is
 * for people, and {@code detailZh} is the same for people reading Chinese.
 */
public final class Problems {

    public static final URI INVALID_REQUEST = type("invalid-request");
    public static final URI MALFORMED_JSON = type("malformed-json");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI CONFLICT = type("conflict");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI INTERNAL = type("internal-error");
    public static final URI BUSY = type("busy");
    public static final URI TOO_MANY_ATTEMPTS = type("too-many-attempts");
    public static final URI CSRF = type("csrf-token-missing");

    private Problems() {}

    private static URI type(String slug) {
        return URI.create("urn:qunflow:problem:" + slug);
    }

    /** A problem whose detail is said only in English so far (a remote system's own words). */
    public static ProblemDetail of(HttpStatus status, URI type, String detail) {
        return of(status, type, detail, null);
    }

    /**
     * A problem with its detail in Chinese as well, as {@code detailZh}: the web UI shows it to
     * people reading Chinese; absent where only the English exists.
     */
    public static ProblemDetail of(HttpStatus status, URI type, String detail, String detailZh) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        if (detailZh != null) {
            problem.setProperty("detailZh", detailZh);
        }
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, URI type, Words detail) {
        return of(status, type, detail.en(), detail.zh());
    }

    /** A 400 naming every field problem in {@code errors}, each with its {@code messageZh} where there is one. */
    public static ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, e.getMessage(), e.detailZh());
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    public static List<Map<String, String>> errors(List<FieldProblem> problems) {
        return problems.stream().map(Problems::error).toList();
    }

    private static Map<String, String> error(FieldProblem p) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", p.field());
        error.put("message", p.message());
        if (p.messageZh() != null) {
            error.put("messageZh", p.messageZh());
        }
        return error;
    }

    /** Writes a problem straight to the response, for the places outside Spring MVC (security filters). */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
