package io.qunflow.workflow;

import java.util.List;

/** A diagram that may not be deployed; answered as 400 with every problem on its element. */
class InvalidWorkflowException extends RuntimeException {

    private final String detailZh;
    private final transient List<WorkflowProblem> problems;

    InvalidWorkflowException(String detail, String detailZh, List<WorkflowProblem> problems) {
        super(detail);
        this.detailZh = detailZh;
        this.problems = List.copyOf(problems);
    }

    String detailZh() {
        return detailZh;
    }

    List<WorkflowProblem> problems() {
        return problems;
    }
}
