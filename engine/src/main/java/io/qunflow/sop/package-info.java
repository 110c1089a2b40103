/**
 * SOP content calendars: what each group posts when, from industry templates or by hand, checked
 * by the {@code sop} rules and delivered by the group's {@code group-sop} workflow on timers.
 */
package io.qunflow.sop;
