package io.qunflow.workflow;

/**
 * One thing wrong with a BPMN diagram, where the modeler can show it, in English and in Chinese.
 *
 * @param elementId the BPMN element at fault, or null when the fault is in the file as a whole
 * @param attribute the attribute or child element at fault ({@code camunda:expression},
 *     {@code timeDate}…), or null
 * @param line the line in the XML, when the parser knows it
 */
record WorkflowProblem(
        String elementId, String attribute, String message, String messageZh, Integer line, Integer column) {

    /**
     * A problem in the XML parser's or Camunda's own words, which come in English only: the Chinese
     * says where and that the diagram is at fault, and quotes them.
     */
    WorkflowProblem(String elementId, String message, Integer line, Integer column) {
        this(elementId, null, message, quoted(message, line, column), line, column);
    }

    private static String quoted(String message, Integer line, Integer column) {
        String where = line == null ? "" : "第 " + line + " 行" + (column == null ? "" : "第 " + column + " 列") + "：";
        return where + "流程图有误（解析器原文：" + message + "）";
    }

    static WorkflowProblem at(String elementId, String message) {
        return new WorkflowProblem(elementId, message, null, null);
    }

    static WorkflowProblem at(String elementId, String attribute, String message, String messageZh) {
        return new WorkflowProblem(elementId, attribute, message, messageZh, null, null);
    }
}
