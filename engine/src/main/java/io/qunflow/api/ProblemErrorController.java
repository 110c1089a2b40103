package io.qunflow.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the security firewall refusing a path, the container) end on
 * {@code /error}; they are answered as problem+json like every other refusal, not as Boot's own
 * JSON shape.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is4xxClientError()
                ? "The request was refused before it reached the API: " + status.getReasonPhrase()
                : "Something went wrong on our side; the request was not applied.";
        return ResponseEntity.status(status)
                .body(Problems.of(status, ProblemHandler.typeFor(HttpStatusCode.valueOf(status.value())), detail));
    }
}
