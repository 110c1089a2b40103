package io.qunflow.workflow;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression language with everything but values taken away, in case an expression
 * ever gets past {@link WorkflowValidator} (a definition stored before it existed, say): variables
 * and the execution resolve, and of the application's beans only Qunflow's task types and the
 * beans with allowed calls; no property of any object can be read and no method called, except
 * the allowed calls on those beans. Camunda's default would reach every Spring bean and call any
 * public method on any object.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    private final Set<String> exposedBeans;
    private final Map<String, Set<String>> calls;

    GuardedExpressionManager(ApplicationContext context, Set<String> exposedBeans, Map<String, Set<String>> calls) {
        super(context, null);
        this.exposedBeans = exposedBeans;
        this.calls = calls;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new AllowedBeans(applicationContext, exposedBeans, calls));
        return resolver;
    }

    /** Resolves the exposed beans by name, and invokes only the allowed methods on them. */
    private static final class AllowedBeans extends ELResolver {

        private final ApplicationContext context;
        private final Set<String> exposed;
        private final Map<String, Set<String>> calls;
        private final BeanELResolver invoker = new BeanELResolver(true);

        AllowedBeans(ApplicationContext context, Set<String> exposed, Map<String, Set<String>> calls) {
            this.context = context;
            this.exposed = exposed;
            this.calls = calls;
        }

        @Override
        public Object getValue(ELContext elContext, Object base, Object property) {
            if (base == null
                    && property instanceof String name
                    && exposed.contains(name)
                    && context.containsBean(name)) {
                elContext.setPropertyResolved(true);
                return context.getBean(name);
            }
            return null;
        }

        @Override
        public Object invoke(ELContext elContext, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base == null || !(method instanceof String name)) {
                return null;
            }
            for (Map.Entry<String, Set<String>> call : calls.entrySet()) {
                if (call.getValue().contains(name)
                        && context.containsBean(call.getKey())
                        && context.getBean(call.getKey()) == base) {
                    return invoker.invoke(elContext, base, method, types, params);
                }
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext elContext, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext elContext, Object base, Object property, Object value) {}

        @Override
        public boolean isReadOnly(ELContext elContext, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext elContext, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext elContext, Object base) {
            return null;
        }
    }
}
