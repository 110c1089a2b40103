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

    /**
     * One field's problem, summed up by what the field is to a person ({@code what}: "The webhook
     * address", "Webhook 地址"), never by its name in the API, which stays in the field problem.
     */
    public InvalidRequestException(String field, Words what, Words words) {
        this(
                what.en() + " is invalid: " + words.en(),
                what.zh() == null || words.zh() == null ? null : what.zh() + "有误：" + words.zh(),
                List.of(new FieldProblem(field, words)));
    }

    /**
     * One field's problem where the caller does not say what the field is: the summary says only
     * that the request is invalid, and the field problem says the rest.
     */
    public InvalidRequestException(String field, Words words) {
        this("The request is invalid", "请求有误", List.of(new FieldProblem(field, words)));
    }

    /** The summary in Chinese, or null where only the English exists. */
    public String detailZh() {
        return detailZh;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
