/**
 * The Camunda adapter: starts and signals group lifecycles, and hosts the thin delegates the BPMN
 * files call ({@code ${postContentDelegate}}, {@code ${runRuleSetDelegate}}…). The only feature
 * that sees Camunda types.
 */
package io.qunflow.workflow;
