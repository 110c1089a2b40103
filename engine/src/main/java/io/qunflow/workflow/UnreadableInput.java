package io.qunflow.workflow;

/**
 * A task's literal input that does not make sense, with its name and the words for the designer in
 * both languages: thrown where inputs are read, so the deploy check and the running step refuse
 * the same inputs for the same reason.
 */
final class UnreadableInput extends IllegalArgumentException {

    final String input;
    final String messageZh;

    UnreadableInput(String input, String message, String messageZh) {
        super(message);
        this.input = input;
        this.messageZh = messageZh;
    }

    WorkflowProblem at(String elementId) {
        return WorkflowProblem.at(elementId, input, getMessage(), messageZh);
    }
}
