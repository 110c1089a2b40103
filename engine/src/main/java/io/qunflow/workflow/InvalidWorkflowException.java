package io.qunflow.workflow;

import java.util.List;

/** A diagram that may not be deployed; answered as 400 with every problem on its element. */
class InvalidWorkflowException extends RuntimeException {

    private final transient List<WorkflowProblem> problems;

    InvalidWorkflowException(String detail, List<WorkflowProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    List<WorkflowProblem> problems() {
        return problems;
    }
}
