/**
 * The rules runtime: rule sets stored and versioned, compiled once with Drools' executable model,
 * evaluated on pooled sessions. The only place that touches Drools types.
 */
package io.qunflow.rules;
