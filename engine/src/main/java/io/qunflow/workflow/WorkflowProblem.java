package io.qunflow.workflow;

/**
 * One thing wrong with a BPMN diagram, where the modeler can show it.
 *
 * @param elementId the BPMN element at fault, or null when the fault is in the file as a whole
 * @param line the line in the XML, when the parser knows it
 */
record WorkflowProblem(String elementId, String message, Integer line, Integer column) {

    static WorkflowProblem at(String elementId, String message) {
        return new WorkflowProblem(elementId, message, null, null);
    }
}
