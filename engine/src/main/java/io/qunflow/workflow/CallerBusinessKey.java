package io.qunflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A called process runs for the calling group: every call activity hands the called instance its
 * caller's business key, which is where each of Qunflow's tasks reads its group (or owner task)
 * from. A diagram cannot set that key itself ({@link BpmnAllowList}); without this the called
 * process would have none and its Qunflow tasks would fail.
 */
final class CallerBusinessKey extends AbstractBpmnParseListener {

    private static final ParameterValueProvider CALLERS_KEY = new ParameterValueProvider() {
        @Override
        public Object getValue(VariableScope scope) {
            return ((DelegateExecution) scope).getProcessBusinessKey();
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    };

    @Override
    public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof CallableElementActivityBehavior behavior) {
            behavior.getCallableElement().setBusinessKeyValueProvider(CALLERS_KEY);
        }
    }
}
