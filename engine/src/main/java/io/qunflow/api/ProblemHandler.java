package io.qunflow.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.qunflow.common.BusyException;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.FieldProblems;
import io.qunflow.common.constraints.RequestSubject;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into {@code application/problem+json}; bad input is never a 500.
 *
 * <p>Why this class is long: Spring routes each kind of failure (unreadable body, wrong-kind field,
 * failed constraint, unknown address, conflict) to a handler of this one advice, and each answer
 * names the field and says it in English and Chinese; splitting the handlers across advices would
 * leave their order to Spring.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return Problems.invalid(e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, e.getMessage(), e.detailZh());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, e.getMessage(), e.detailZh());
    }

    /**
     * A value in the address that is not of its kind: the summary says so in words (the API's
     * parameter name is for programs, and stays in {@code errors[]}), the problem says what it takes.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(new InvalidRequestException(
                "A value in the address is not of the kind it takes",
                "地址中有一个值的格式不对",
                List.of(new FieldProblem(e.getName(), expected(e.getRequiredType())))));
    }

    /** A query parameter the call cannot do without: named in {@code errors[]} like any other field problem. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(Problems.invalid(new InvalidRequestException(
                        "A value the address needs is missing",
                        "地址中缺少一个必需的值",
                        List.of(new FieldProblem(e.getParameterName(), Words.REQUIRED)))));
    }

    /** What a parameter of this type takes, in words. */
    static Words expected(Class<?> type) {
        if (type == null) {
            return new Words("has the wrong type", "格式不对");
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return new Words("must be a whole number", "须为整数");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Words("must be true or false", "须为 true 或 false");
        }
        if (type == LocalDate.class) {
            return new Words("must be a date such as 2026-01-31", "须为日期，例如 2026-01-31");
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return new Words(
                    "must be a time with its offset such as 2026-01-31T09:00:00+08:00",
                    "须为带时区偏移的时间，例如 2026-01-31T09:00:00+08:00");
        }
        if (type.isEnum()) {
            String values =
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return new Words("must be one of " + values, "须为以下之一：" + values);
        }
        return new Words("has the wrong type", "格式不对");
    }

    /** The firewall refuses some requests only when their parameters are read (a form body of JSON). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.INVALID_REQUEST,
                "The request was refused: " + e.getMessage(),
                "请求含有不允许的内容，已被拒绝");
    }

    /** Lost a race to a concurrent writer even after retrying: try again shortly. */
    @ExceptionHandler({TransientDataAccessException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> busy(DataAccessException e) {
        log.warn("Busy: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        Problems.BUSY,
                        "Other writers held the data this request needs; nothing was applied. Send it again.",
                        "这份数据正被其他操作占用，本次未做任何更改，请再试一次。"));
    }

    /** Too busy to decide in time: nothing was applied, and sending again shortly may succeed. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        log.warn("Busy: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.BUSY, e.getMessage(), e.detailZh()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while answering a request", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.INTERNAL,
                "Something went wrong on our side; the request was not applied.",
                "服务器出了问题，本次请求没有生效。");
    }

    /** A request body whose record's constraints failed: every field problem, in declaration order. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getParameter().getParameterType();
        return ResponseEntity.badRequest()
                .body(invalid(FieldProblems.refusal(FieldProblems.of(e.getBindingResult(), type), type)));
    }

    /**
     * Checked query parameters (and with them any checked body) of a handler: each parameter's
     * problems under its request name, the body's under its fields.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                problems.addAll(
                        FieldProblems.of(errors, result.getMethodParameter().getParameterType()));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors()
                    .forEach(error -> problems.add(
                            new FieldProblem(name, String.valueOf(error.getDefaultMessage()), chinese(result, error))));
        }
        RequestSubject subject = e.getMethod().getAnnotation(RequestSubject.class);
        return ResponseEntity.badRequest().body(invalid(FieldProblems.invalid(subject, problems)));
    }

    private static String chinese(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return FieldProblems.chinese(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    /** A query parameter by its request name; a request body that is a plain text (a BPMN file) is "body". */
    private static String parameterName(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return "body";
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimit.causedByTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Problems.of(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            Problems.PAYLOAD_TOO_LARGE,
                            "The request body is larger than this call takes; nothing was applied",
                            "请求内容超过了这个接口的上限，未做任何更改"));
        }
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof MismatchedInputException wrong && !wrong.getPath().isEmpty()) {
            // A value of the wrong kind in a field ("capacity": "abc", a fraction for a whole number,
            // an object for a text): a field problem like any other, the field named, its kind in words.
            ProblemDetail problem =
                    Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "The request is invalid", "请求有误");
            problem.setProperty(
                    "errors", Problems.errors(List.of(new FieldProblem(path(wrong), kindOf(wrong.getTargetType())))));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(unreadable(e, cause));
    }

    /**
     * A body that is no JSON, none at all, or JSON of another shape than the call takes. The words
     * are the parser's own position and complaint, never the server's class or method names.
     */
    private static ProblemDetail unreadable(HttpMessageNotReadableException e, Throwable cause) {
        if (cause instanceof MismatchedInputException wrong) {
            Words shape = kindOf(wrong.getTargetType());
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.MALFORMED_JSON,
                    "The request body is not of the shape this call takes: it " + shape.en(),
                    "请求内容的结构不是这个接口所要的：" + shape.zh());
        }
        if (cause instanceof JsonProcessingException syntax) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String whereZh = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.MALFORMED_JSON,
                    "The request body is not valid JSON" + where + ": " + firstLine(syntax.getOriginalMessage()),
                    "请求内容不是合法的 JSON" + whereZh);
        }
        if (cause == e) {
            // Spring's own words then name the handler method; a missing body is the usual case.
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.MALFORMED_JSON,
                    "The request body is missing or unreadable: this call takes a JSON body",
                    "请求内容缺失或无法读取：这个接口需要 JSON 请求内容");
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.MALFORMED_JSON,
                "The request body is not valid JSON for this call",
                "请求内容不是这个接口能读懂的 JSON");
    }

    /** What a value of this type is, in words, for a body: a field's kind or the body's whole shape. */
    static Words kindOf(Class<?> type) {
        if (type == null) {
            return new Words("has the wrong type", "格式不对");
        }
        if (type == String.class || type == Character.class) {
            return new Words("must be text", "须为文本");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new Words("must be a list", "须为列表");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return new Words("must be an object", "须为对象");
        }
        return expected(type);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType().toString().equals("about:blank")) {
                problem.setType(typeFor(statusCode));
            }
            if (problem.getProperties() == null || !problem.getProperties().containsKey("detailZh")) {
                problem.setProperty("detailZh", chineseFor(statusCode));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static java.net.URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Problems.NOT_FOUND;
            case 405 -> Problems.METHOD_NOT_ALLOWED;
            case 413 -> Problems.PAYLOAD_TOO_LARGE;
            case 415, 406 -> Problems.UNSUPPORTED_MEDIA_TYPE;
            case 409 -> Problems.CONFLICT;
            default -> status.is4xxClientError() ? Problems.INVALID_REQUEST : Problems.INTERNAL;
        };
    }

    /**
     * Spring's own refusals (no such address, wrong method, missing parameter…) say the specifics
     * in English; in Chinese their kind says what to fix.
     */
    static String chineseFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "没有这个地址";
            case 405 -> "这个地址不接受这种请求方式";
            case 406 -> "无法按所要求的格式回答";
            case 413 -> "请求内容超过了这个接口的上限，未做任何更改";
            case 415 -> "这个接口不接受这种内容格式";
            case 503 -> "服务器暂时忙不过来，请稍后再试";
            default -> status.is4xxClientError() ? "请求有误" : "服务器出了问题，本次请求没有生效";
        };
    }

    /** Where in the body a value was refused: {@code state.members[0].role}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
