package io.qunflow.workflow;

import java.util.Collection;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Holds every multi-instance activity the engine parses to {@link MultiInstanceLimit#MAX_INSTANCES}
 * when it starts: a computed cardinality or a collection is only known then, so the engine refuses
 * (and rolls back) a start that would create more instances, before it creates any.
 */
final class BoundedMultiInstance extends AbstractBpmnParseListener {

    @Override
    public void parseMultiInstanceLoopCharacteristics(
            Element activityElement, Element loopCharacteristics, ActivityImpl multiInstanceBody) {
        if (!(multiInstanceBody.getActivityBehavior() instanceof MultiInstanceActivityBehavior behavior)) {
            return;
        }
        String activityId = activityElement.attribute("id");
        Expression cardinality = behavior.getLoopCardinalityExpression();
        if (cardinality != null) {
            behavior.setLoopCardinalityExpression(
                    new BoundedCount(activityId, cardinality.getExpressionText(), cardinality::getValue));
        }
        Expression collection = behavior.getCollectionExpression();
        if (collection != null) {
            behavior.setCollectionExpression(
                    new BoundedCount(activityId, collection.getExpressionText(), collection::getValue));
        }
        String variable = behavior.getCollectionVariable();
        if (variable != null) {
            behavior.setCollectionExpression(
                    new BoundedCount(activityId, variable, scope -> scope.getVariable(variable)));
            behavior.setCollectionVariable(null);
        }
    }

    /** A cardinality or collection that refuses to count more than the limit. */
    private record BoundedCount(String activityId, String text, Function<VariableScope, Object> value)
            implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Object resolved = value.apply(scope);
            long count = count(resolved);
            if (count > MultiInstanceLimit.MAX_INSTANCES) {
                throw new ProcessEngineException("The multi-instance activity " + activityId + " would start " + count
                        + " instances; at most " + MultiInstanceLimit.MAX_INSTANCES + " may run");
            }
            return resolved;
        }

        /** As Camunda counts: a collection's size, a number, or a number written as text. */
        private static long count(Object resolved) {
            if (resolved instanceof Collection<?> collection) {
                return collection.size();
            }
            if (resolved instanceof Number number) {
                return number.longValue();
            }
            if (resolved instanceof String text) {
                try {
                    return Long.parseLong(text.strip());
                } catch (NumberFormatException notANumber) {
                    return 0; // Camunda refuses it itself.
                }
            }
            return 0;
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new ProcessEngineException("A multi-instance count cannot be written");
        }

        @Override
        public String getExpressionText() {
            return text;
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }
}
