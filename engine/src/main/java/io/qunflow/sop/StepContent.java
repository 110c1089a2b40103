package io.qunflow.sop;

/**
 * What a workflow step posts to its group: the group's own positioning (name, intro and rules), or
 * one post of a purpose from the group's SOP calendar or from a named SOP template.
 *
 * @param purpose for CALENDAR and TEMPLATE: which of the entries to post
 * @param template for TEMPLATE: the template's name; for CALENDAR: where to take the post from when
 *     the group's calendar has none of that purpose (null: post nothing then)
 */
public record StepContent(Source source, Purpose purpose, String template) {

    /** Where a step's post comes from. */
    public enum Source {
        POSITIONING,
        CALENDAR,
        TEMPLATE
    }
}
