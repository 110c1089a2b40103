package io.qunflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The stable problem types of the API (RFC 9457). Clients switch on {@code type}; {@code detail} is
 * for people.
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

    public static ProblemDetail of(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return problem;
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
