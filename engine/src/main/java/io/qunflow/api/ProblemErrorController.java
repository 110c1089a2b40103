package io.qunflow.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
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
        HttpStatusCode refusal = HttpStatusCode.valueOf(status.value());
        ProblemDetail problem = status.is4xxClientError()
                ? Problems.of(
                        status,
                        ProblemHandler.typeFor(refusal),
                        "The request was refused before it reached the API: " + status.getReasonPhrase(),
                        "请求在到达接口之前被拒绝：" + ProblemHandler.chineseFor(refusal))
                : Problems.of(
                        status,
                        Problems.INTERNAL,
                        "Something went wrong on our side; the request was not applied.",
                        "服务器出了问题，本次请求没有生效。");
        problem.setInstance(refused(request));
        return ResponseEntity.status(status).body(problem);
    }

    /** The address that was refused, not this forward's own {@code /error}; none if it is no URI. */
    private static URI refused(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path == null) {
            return null;
        }
        try {
            return new URI(path.toString());
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
