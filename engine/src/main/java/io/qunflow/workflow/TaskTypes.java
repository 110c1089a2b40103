package io.qunflow.workflow;

import io.qunflow.common.ShownText;
import io.qunflow.common.Words;
import io.qunflow.groups.Phase;
import io.qunflow.populations.Population;
import io.qunflow.rules.Decision;
import io.qunflow.rules.GroupRuleSetRunner;
import io.qunflow.rules.RuleEngine;
import io.qunflow.sop.SopCalendarService;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The task implementations a diagram may name, and nothing else: each Qunflow delegate by its bean
 * name ({@code camunda:delegateExpression="${runRuleSetDelegate}"}) with the check of its literal
 * inputs, and the bean methods an expression may call where an action is expected. The engine's
 * expression resolver ({@link GuardedExpressionManager}) exposes exactly these beans at run time.
 *
 * <p>Why this class is long: a task a diagram may name and the check of its inputs are one entry,
 * added and changed together; kept apart, a task could be allowed without its inputs being checked
 * (the constructor refuses a task name without one). Most checks are a few lines; the rule-set
 * runner's is the longest, as it asks the rule engine about the rule set a diagram names.
 */
@Component
class TaskTypes {

    /** Checks a task's literal {@code camunda:inputParameter} values. */
    @FunctionalInterface
    interface InputCheck {
        void check(TaskInputs inputs, List<WorkflowProblem> problems);
    }

    private static final Set<String> REWARDS = Set.of("POINTS", "RED_ENVELOPE");

    /** Bean → methods an action expression may call: the lifecycle's phase listeners. */
    static final Map<String, Set<String>> CALLS = Map.of("lifecyclePhases", Set.of("enter"));

    /**
     * The task beans by name. A constant, so the engine plugin can expose them before the beans
     * behind the checks (rule-set runners) exist.
     */
    static final Set<String> TASK_NAMES = Set.of(
            "enterPhaseDelegate",
            "runRuleSetDelegate",
            "postContentDelegate",
            "grantRewardDelegate",
            "startLotteryDelegate",
            "waitForMilestoneDelegate",
            "measureActivityDelegate",
            "planNextSopPostDelegate",
            "sendSopPostsDelegate",
            "notifyOwnerDelegate",
            "remindOwnerDelegate",
            "escalateOwnerTaskDelegate",
            "recordOwnerTaskOutcomeDelegate");

    /**
     * The owner-task workflow's steps act on the owner task its instance was started for (the
     * business key Qunflow gives it), so they run in that workflow only.
     */
    static final Set<String> OWNER_TASK_STEPS = Set.of(
            "notifyOwnerDelegate",
            "remindOwnerDelegate",
            "escalateOwnerTaskDelegate",
            "recordOwnerTaskOutcomeDelegate");

    private final Map<String, InputCheck> tasks;
    private final ObjectProvider<GroupRuleSetRunner> runners;
    private final ObjectProvider<RuleEngine> rules;
    private final ObjectProvider<SopCalendarService> calendars;
    private final StaffTaskCheck staffTasks;

    TaskTypes(
            ObjectProvider<GroupRuleSetRunner> runners,
            ObjectProvider<RuleEngine> rules,
            ObjectProvider<SopCalendarService> calendars,
            ObjectProvider<UserDetailsService> accounts) {
        this.runners = runners;
        this.rules = rules;
        this.calendars = calendars;
        this.staffTasks = new StaffTaskCheck(accounts);
        Map<String, InputCheck> known = new TreeMap<>();
        known.put("enterPhaseDelegate", TaskTypes::checkPhase);
        known.put("runRuleSetDelegate", this::checkRuleSet);
        known.put("postContentDelegate", this::checkContent);
        known.put("grantRewardDelegate", TaskTypes::checkReward);
        known.put("startLotteryDelegate", TaskTypes::checkLottery);
        known.put("waitForMilestoneDelegate", TaskTypes::checkMilestone);
        known.put("measureActivityDelegate", TaskTypes::noInputs);
        known.put("planNextSopPostDelegate", TaskTypes::noInputs);
        known.put("sendSopPostsDelegate", TaskTypes::noInputs);
        known.put("notifyOwnerDelegate", TaskTypes::checkServiceLevels);
        known.put("remindOwnerDelegate", TaskTypes::noInputs);
        known.put("escalateOwnerTaskDelegate", TaskTypes::noInputs);
        known.put("recordOwnerTaskOutcomeDelegate", TaskTypes::noInputs);
        this.tasks = Map.copyOf(known);
        if (!tasks.keySet().equals(TASK_NAMES)) {
            throw new IllegalStateException("Every task type needs its input check: " + TASK_NAMES);
        }
    }

    boolean isTask(String beanName) {
        return tasks.containsKey(beanName);
    }

    Set<String> taskNames() {
        return new TreeSet<>(tasks.keySet());
    }

    /** Every bean an expression may reach at run time: the tasks and the beans with callable methods. */
    static Set<String> exposedBeans() {
        Set<String> beans = new TreeSet<>(TASK_NAMES);
        beans.addAll(CALLS.keySet());
        return beans;
    }

    /** Checks a task's inputs, and that an owner-task step stands in the owner-task workflow. */
    void checkInputs(String beanName, String processId, TaskInputs inputs, List<WorkflowProblem> problems) {
        if (OWNER_TASK_STEPS.contains(beanName) && !CamundaOwnerTaskWorkflow.PROCESS_KEY.equals(processId)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "camunda:delegateExpression",
                    beanName + " is a step of the owner-task workflow, which Qunflow starts for one owner task;"
                            + " it cannot run in '" + processId + "'",
                    beanName + " 是群主任务流程的步骤，Qunflow 为每个群主任务单独启动该流程；不能在“" + processId + "”中运行"));
            return;
        }
        tasks.get(beanName).check(inputs, problems);
    }

    /** A user task (the "Staff task" step): its assignee, due date and inputs, see {@link StaffTaskCheck}. */
    void checkStaffTask(TaskInputs inputs, String assignee, String dueDate, List<WorkflowProblem> problems) {
        staffTasks.check(inputs, assignee, dueDate, problems);
    }

    private void checkRuleSet(TaskInputs inputs, List<WorkflowProblem> problems) {
        String ruleSet = inputs.get("ruleSet");
        String population = inputs.get("population");
        if (population == null) {
            Set<String> ruleSets =
                    runners.stream().map(GroupRuleSetRunner::ruleSet).collect(Collectors.toCollection(TreeSet::new));
            if (ruleSet == null || !ruleSets.contains(ruleSet)) {
                problems.add(WorkflowProblem.at(
                        inputs.elementId(),
                        "ruleSet",
                        "Input 'ruleSet' must name a rule set that runs over a whole group " + ruleSets
                                + (ruleSet == null ? "" : "; '" + ruleSet + "' is not one")
                                + ", or give a 'population' to run any rule set over",
                        "输入 ruleSet 必须是可对整个社群运行的规则集之一：" + ruleSets + "；或者指定 population 以运行任意规则集"));
            }
            return;
        }
        RuleEngine engine = rules.getIfAvailable();
        if (ruleSet == null || engine == null || !engine.has(ruleSet)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "ruleSet",
                    "Input 'ruleSet' must name a published rule set"
                            + (ruleSet == null ? "" : "; '" + ruleSet + "' is not one"),
                    "输入 ruleSet 必须是已发布的规则集"));
        }
        if (Arrays.stream(Population.Kind.values()).noneMatch(k -> k.name().equals(population))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "population",
                    "Input 'population' must be GROUP, MEMBERS or LAYER",
                    "输入 population 必须是 GROUP、MEMBERS 或 LAYER"));
        } else if (population.equals("LAYER") && !Population.LAYERS.contains(inputs.get("layer"))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "layer",
                    "Input 'layer' must be one of " + new TreeSet<>(Population.LAYERS),
                    "输入 layer 必须是 " + new TreeSet<>(Population.LAYERS) + " 之一"));
        }
    }

    private static void checkPhase(TaskInputs inputs, List<WorkflowProblem> problems) {
        if (!Phase.isName(inputs.get("phase"))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "phase",
                    "Input 'phase' must be 1 to 20 upper-case letters, digits or underscores, starting with a letter",
                    "输入 phase 必须是 1 到 20 个大写字母、数字或下划线，并以字母开头"));
        }
        String label = inputs.get("label");
        if (label == null || label.length() > 40) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "label",
                    "Input 'label' must be the phase's name as people read it, at most 40 characters",
                    "输入 label 必须是阶段的显示名称，最多 40 个字符"));
        }
    }

    private void checkContent(TaskInputs inputs, List<WorkflowProblem> problems) {
        SopCalendarService calendars = this.calendars.getIfAvailable();
        try {
            PostContentInputs.read(inputs::get, calendars == null ? List.of() : calendars.templateNames());
        } catch (UnreadableInput e) {
            problems.add(e.at(inputs.elementId()));
        }
    }

    private static void checkReward(TaskInputs inputs, List<WorkflowProblem> problems) {
        String reward = inputs.get("reward");
        if (reward == null || !REWARDS.contains(reward)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "reward",
                    "Input 'reward' must be one of " + new TreeSet<>(REWARDS),
                    "输入 reward 必须是 " + new TreeSet<>(REWARDS) + " 之一"));
        } else if (!positive(inputs.get(reward.equals("POINTS") ? "points" : "amountCents"))) {
            problems.add(
                    reward.equals("POINTS")
                            ? WorkflowProblem.at(
                                    inputs.elementId(),
                                    "points",
                                    "Input 'points' must be a whole number above 0",
                                    "输入 points 必须是大于 0 的整数")
                            : WorkflowProblem.at(
                                    inputs.elementId(),
                                    "amountCents",
                                    "Input 'amountCents' must be a whole number of cents above 0",
                                    "输入 amountCents 必须是大于 0 的整数（单位：分）"));
        }
        if ("RED_ENVELOPE".equals(reward)) {
            checkEnvelopeText(inputs, problems);
        }
    }

    /**
     * The words sent with a red envelope are read by members: checked when the diagram is deployed,
     * as a calendar post's text is when it is saved, rather than cut or refused on the day it is sent.
     */
    private static void checkEnvelopeText(TaskInputs inputs, List<WorkflowProblem> problems) {
        String text = inputs.get("text");
        if (text == null) {
            return;
        }
        if (text.length() > Decision.MAX_TEXT) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "text",
                    "Input 'text' must be at most " + Decision.MAX_TEXT + " characters",
                    "输入 text（红包祝福语）最多 " + Decision.MAX_TEXT + " 个字符"));
        }
        Words hidden = ShownText.problem(text);
        if (hidden != null) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(), "text", "Input 'text' " + hidden.en(), "输入 text（红包祝福语）" + hidden.zh()));
        }
    }

    private static void checkLottery(TaskInputs inputs, List<WorkflowProblem> problems) {
        try {
            LotteryInputs.read(inputs::get);
        } catch (UnreadableInput e) {
            problems.add(e.at(inputs.elementId()));
        }
    }

    private static void checkMilestone(TaskInputs inputs, List<WorkflowProblem> problems) {
        try {
            Milestone.of(inputs::get);
        } catch (UnreadableInput e) {
            problems.add(e.at(inputs.elementId()));
        }
    }

    /** An owner task's service levels are ISO-8601 durations above zero. */
    private static void checkServiceLevels(TaskInputs inputs, List<WorkflowProblem> problems) {
        for (String name : List.of("dueIn", "reminderAfter", "escalateAfter")) {
            if (!positiveDuration(inputs.get(name))) {
                problems.add(WorkflowProblem.at(
                        inputs.elementId(),
                        name,
                        "Input '" + name + "' must be an ISO-8601 duration above zero, e.g. PT4H",
                        "输入 " + name + " 必须是大于零的 ISO-8601 时长，例如 PT4H"));
            }
        }
    }

    static boolean positiveDuration(String text) {
        try {
            return text != null && Duration.parse(text).compareTo(Duration.ZERO) > 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void noInputs(TaskInputs inputs, List<WorkflowProblem> problems) {}

    private static boolean positive(String number) {
        try {
            return number != null && Long.parseLong(number.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A task's literal inputs, by name. */
    record TaskInputs(String elementId, Map<String, String> values) {

        String get(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
