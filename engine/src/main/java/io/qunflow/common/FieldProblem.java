package io.qunflow.common;

/** One thing wrong with one field of a request: where it is and what is wrong, in words. */
public record FieldProblem(String field, String message) {}
