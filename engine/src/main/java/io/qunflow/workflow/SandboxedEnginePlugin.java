package io.qunflow.workflow;

import java.util.ArrayList;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's run-time defences, behind the deploy-time checks: expressions reach only what
 * {@link GuardedExpressionManager} exposes, scripts cannot run at all (no script engine is ever
 * handed out, and no script can be created from a source or a resource), and no multi-instance
 * activity starts more instances than {@link BoundedMultiInstance} allows. A called process runs for
 * its caller's group ({@link CallerBusinessKey}).
 */
@Component
class SandboxedEnginePlugin extends AbstractProcessEnginePlugin {

    private static final String NO_SCRIPTS = "Scripts are switched off in Qunflow";

    private final ApplicationContext context;

    SandboxedEnginePlugin(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(
                new GuardedExpressionManager(context, TaskTypes.exposedBeans(), TaskTypes.CALLS));
        configuration.setScriptFactory(new NoScripts());
        configuration.setScriptEngineResolver(new NoScriptEngines());
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new BoundedMultiInstance());
        configuration.getCustomPostBPMNParseListeners().add(new CallerBusinessKey());
    }

    private static final class NoScripts extends ScriptFactory {

        @Override
        public ExecutableScript createScriptFromResource(String language, String resource) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, String source) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }
    }

    private static final class NoScriptEngines implements ScriptEngineResolver {

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {}

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            // A manager that looks nowhere for engines.
            return new ScriptEngineManager(new ClassLoader(null) {});
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }
    }
}
