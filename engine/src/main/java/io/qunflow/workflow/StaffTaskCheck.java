package io.qunflow.workflow;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The deploy-time check of a user task, the "Staff task" step; registered in {@link TaskTypes}. */
final class StaffTaskCheck {

    private final ObjectProvider<UserDetailsService> accounts;

    StaffTaskCheck(ObjectProvider<UserDetailsService> accounts) {
        this.accounts = accounts;
    }

    /**
     * A user task (the "Staff task" step): a literal {@code camunda:assignee} names a Qunflow user or
     * {@value StaffTask#GROUP_OWNER}; a literal {@code camunda:dueDate} is an ISO-8601 duration from
     * the task's start or a date and time; the {@code reminderAfter} input is a duration above zero.
     * Expressions (the owner-task workflow's {@code ${ownerUserId}}) are the allow-list's to judge.
     */
    void check(TaskTypes.TaskInputs inputs, String assignee, String dueDate, List<WorkflowProblem> problems) {
        if (assignee != null
                && ExpressionGrammar.isLiteral(assignee)
                && !assignee.equals(StaffTask.GROUP_OWNER)
                && !isAccount(assignee)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "camunda:assignee",
                    "The assignee '" + assignee + "' is neither a Qunflow user nor " + StaffTask.GROUP_OWNER
                            + " (the group's owner)",
                    "处理人“" + assignee + "”既不是 Qunflow 用户，也不是 " + StaffTask.GROUP_OWNER + "（群主）"));
        }
        if (dueDate != null
                && ExpressionGrammar.isLiteral(dueDate)
                && !TaskTypes.positiveDuration(dueDate)
                && !isDateTime(dueDate)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "camunda:dueDate",
                    "The due date '" + dueDate + "' must be an ISO-8601 duration from the task's start (P1D, PT4H)"
                            + " or a date and time",
                    "截止时间“" + dueDate + "”必须是从任务开始算起的 ISO-8601 时长（如 P1D、PT4H）或日期时间"));
        }
        if (inputs.get("reminderAfter") != null && !TaskTypes.positiveDuration(inputs.get("reminderAfter"))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "reminderAfter",
                    "Input 'reminderAfter' must be an ISO-8601 duration above zero, e.g. PT4H",
                    "输入 reminderAfter 必须是大于零的 ISO-8601 时长，例如 PT4H"));
        }
        String instructions = inputs.get(StaffTasks.INSTRUCTIONS);
        if (instructions != null && instructions.length() > 2000) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    StaffTasks.INSTRUCTIONS,
                    "Input 'instructions' may hold at most 2000 characters",
                    "输入 instructions 最多 2000 个字符"));
        }
    }

    private boolean isAccount(String username) {
        UserDetailsService accounts = this.accounts.getIfAvailable();
        if (accounts == null) {
            return false;
        }
        try {
            return accounts.loadUserByUsername(username) != null;
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
