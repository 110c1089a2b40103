/**
 * The published fact model: the only types a rule may import. Facts describe what happened and who
 * was involved; every rule writes its outcome into the {@link io.qunflow.rules.model.Verdict}.
 */
@org.springframework.modulith.NamedInterface("model")
package io.qunflow.rules.model;
