package io.qunflow.common;

import java.util.List;

/** The caller sent something we cannot act on; answered as 400 with the field problems listed. */
public class InvalidRequestException extends RuntimeException {

    private final String detailZh;
    private final List<FieldProblem> problems;

    public InvalidRequestException(String detail, String detailZh, List<FieldProblem> problems) {
        super(detail);
        this.detailZh = detailZh;
        this.problems = List.copyOf(problems);
    }

    /** A refusal whose summary is said only in English so far; its field problems may have Chinese. */
    public InvalidRequestException(String detail, List<FieldProblem> problems) {
        this(detail, null, problems);
    }

    public InvalidRequestException(String field, Words words) {
        this(
                "The request is invalid: " + field + " " + words.en(),
                words.zh() == null ? null : "请求有误：" + field + " " + words.zh(),
                List.of(new FieldProblem(field, words)));
    }

    public InvalidRequestException(String field, String message) {
        this(field, new Words(message, null));
    }

    /** The summary in Chinese, or null where only the English exists. */
    public String detailZh() {
        return detailZh;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
