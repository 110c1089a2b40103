package io.qunflow.common;

import java.util.List;

/** The caller sent something we cannot act on; answered as 400 with the field problems listed. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(String detail, List<FieldProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this("The request is invalid: " + field + " " + message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
