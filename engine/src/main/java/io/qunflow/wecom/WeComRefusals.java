package io.qunflow.wecom;

import io.qunflow.api.Problems;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A WeCom call an operator made (a live code, a connection test, a welcome template's retried
 * add) that WeCom refused or did not answer: a 502 problem, never a 500. A refusal says what to do
 * in English and Chinese ({@link WeComErrcodes}), with WeCom's errcode and errmsg beside it and as
 * properties of their own.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {LiveCodeController.class, SettingsController.class, WelcomeTemplateController.class})
class WeComRefusals {

    static final URI WECOM_ERROR = URI.create("urn:qunflow:problem:wecom-error");

    private final WeComErrcodes errcodes;

    WeComRefusals(WeComErrcodes errcodes) {
        this.errcodes = errcodes;
    }

    @ExceptionHandler(WeComError.class)
    ProblemDetail refused(WeComError e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_GATEWAY, WECOM_ERROR, errcodes.explain(e));
        if (e.errcode() != null) {
            problem.setProperty("errcode", e.errcode());
        }
        problem.setProperty("errmsg", e.errmsg());
        return problem;
    }
}
