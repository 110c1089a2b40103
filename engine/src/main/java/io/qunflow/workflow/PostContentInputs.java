package io.qunflow.workflow;

import io.qunflow.sop.Purpose;
import io.qunflow.sop.StepContent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The inputs of a "Post SOP content" step: {@code source} POSITIONING, CALENDAR or TEMPLATE, with
 * {@code purpose} (TOPIC, ACTIVITY, CONTENT, NOTICE) and {@code template}. Diagrams made with the
 * first version of the template name {@code content} instead (POSITIONING, DAILY_TOPIC, CAMPAIGN);
 * those read as the group's positioning, or a topic or an activity from the group's calendar, so
 * groups still running on them post their own content and not a fixed text.
 */
final class PostContentInputs {

    static final List<String> SOURCES =
            Arrays.stream(StepContent.Source.values()).map(Enum::name).toList();
    static final List<String> PURPOSES =
            Arrays.stream(Purpose.values()).map(Enum::name).toList();

    private static final Map<String, StepContent> FIRST_VERSION = Map.of(
            "POSITIONING", new StepContent(StepContent.Source.POSITIONING, Purpose.NOTICE, null),
            "DAILY_TOPIC", new StepContent(StepContent.Source.CALENDAR, Purpose.TOPIC, null),
            "CAMPAIGN", new StepContent(StepContent.Source.CALENDAR, Purpose.ACTIVITY, null));

    private PostContentInputs() {}

    /**
     * What the step posts.
     *
     * @param inputs the step's literal inputs by name, null when absent
     * @param templates the SOP templates there are
     * @throws UnreadableInput naming the input at fault
     */
    static StepContent read(Function<String, String> inputs, List<String> templates) {
        String source = inputs.apply("source");
        if (source == null) {
            String content = inputs.apply("content");
            if (content == null || !FIRST_VERSION.containsKey(content)) {
                throw new UnreadableInput(
                        "source", "Input 'source' must be one of " + SOURCES, "输入 source 必须是 " + SOURCES + " 之一");
            }
            return FIRST_VERSION.get(content);
        }
        if (!SOURCES.contains(source)) {
            throw new UnreadableInput(
                    "source", "Input 'source' must be one of " + SOURCES, "输入 source 必须是 " + SOURCES + " 之一");
        }
        StepContent.Source from = StepContent.Source.valueOf(source);
        if (from == StepContent.Source.POSITIONING) {
            return new StepContent(from, Purpose.NOTICE, null);
        }
        String purpose = inputs.apply("purpose");
        if (purpose == null || !PURPOSES.contains(purpose)) {
            throw new UnreadableInput(
                    "purpose", "Input 'purpose' must be one of " + PURPOSES, "输入 purpose 必须是 " + PURPOSES + " 之一");
        }
        String template = inputs.apply("template");
        boolean needed = from == StepContent.Source.TEMPLATE;
        if ((needed || template != null) && (template == null || !templates.contains(template))) {
            throw new UnreadableInput(
                    "template",
                    "Input 'template' must name an SOP template " + templates
                            + (template == null ? "" : "; '" + template + "' is not one"),
                    "输入 template 必须是 SOP 模板之一：" + templates);
        }
        return new StepContent(from, Purpose.valueOf(purpose), template);
    }
}
