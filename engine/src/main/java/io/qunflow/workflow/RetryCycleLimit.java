package io.qunflow.workflow;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A failed job is tried again at most {@value #MOST_RETRIES} times: {@code R3/PT5M}, or up to
 * that many durations ({@code PT1M,PT10M,PT1H}). R1000000/PT0S would keep the job executor
 * retrying one broken step with no pause.
 */
final class RetryCycleLimit {

    /** The most times a failed job is tried again (Camunda tries three times by default). */
    static final int MOST_RETRIES = 10;

    private RetryCycleLimit() {}

    static void check(Element root, Predicate<String> isDuration, List<WorkflowProblem> problems) {
        NodeList cycles = root.getElementsByTagNameNS(BpmnModelConstants.CAMUNDA_NS, "failedJobRetryTimeCycle");
        for (int i = 0; i < cycles.getLength(); i++) {
            Element cycle = (Element) cycles.item(i);
            String text = cycle.getTextContent().strip();
            if (!isModest(text, isDuration)) {
                problems.add(WorkflowProblem.at(
                        BpmnAllowList.owner(cycle),
                        "failedJobRetryTimeCycle",
                        "Retry cycle '" + text + "' must retry at most " + MOST_RETRIES
                                + " times, written out as R3/PT5M or as durations PT1M,PT10M,PT1H",
                        "重试周期“" + text + "”至多重试 " + MOST_RETRIES + " 次，须写成 R3/PT5M 或 PT1M,PT10M,PT1H 这样的时长"));
            }
        }
    }

    private static boolean isModest(String text, Predicate<String> isDuration) {
        if (text.startsWith("R")) {
            String[] parts = text.split("/");
            String repeats = parts[0].substring(1);
            return parts.length == 2
                    && !repeats.isEmpty()
                    && repeats.length() <= 2
                    && repeats.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(repeats) <= MOST_RETRIES
                    && isDuration.test(parts[1]);
        }
        String[] intervals = text.split(",");
        if (intervals.length > MOST_RETRIES) {
            return false;
        }
        for (String interval : intervals) {
            if (!isDuration.test(interval.strip())) {
                return false;
            }
        }
        return true;
    }
}
